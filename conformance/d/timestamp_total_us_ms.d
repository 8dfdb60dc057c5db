/*
 * A total of nanosecond spans (cswstat.d's `times += timestamp - start`) read only
 * in micro- and milliseconds. Vue's port keeps the total in µs, as a porter
 * would: `total += diff_time(last, timestamp(), MICROSECONDS)`, `total / 1000`.
 * The five spans run from BEGIN to the fifth tick: at least four periods.
 */
#pragma D option quiet

BEGIN
{
	total = 0;
	n = 0;
	last = timestamp;
}

tick-100ms
{
	total += timestamp - last;
	last = timestamp;
	n++;
}

tick-100ms
/n == 5/
{
	printf("%d %d\n", total / 1000 >= 350000 && total / 1000 < 20000000,
	    total / 1000000 >= 350);
	exit(0);
}
