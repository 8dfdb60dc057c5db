/* @@nosort */
/* A stddev() nothing filled has no record: the exit dump prints nothing of @never,
   then @spread's blank line and the deviation of 6 and 2 (2). */
#pragma D option quiet

tick-1h
{
	@never = stddev(4);
}

BEGIN
{
	@spread = stddev(6);
	@spread = stddev(2);
	exit(0);
}
