/* @@nosort */
#pragma D option quiet

BEGIN
{
	n = 0;
}

tick-1ms
/n < 10/
{
	@ticks = count();
	n++;
}

tick-1ms
/n == 10/
{
	exit(0);
}
