/*
 * Elapsed time from D's nanosecond clock in microseconds and milliseconds, the
 * usual `(timestamp - start) / 1000`: its Vue port says it with diff_time(),
 * which IBM's ProbeVue takes where a timestamp cannot be subtracted.
 */
#pragma D option quiet

BEGIN
{
	start = timestamp;
}

tick-200ms
{
	this->us = (timestamp - start) / 1000;
	printf("%d %d\n", this->us >= 100000 && this->us < 5000000,
	    (timestamp - start) / 1000000 >= 100);
	exit(0);
}
