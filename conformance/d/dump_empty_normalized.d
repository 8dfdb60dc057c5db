/* @@nosort */
/* normalize() divides what prints and makes no record: @never, normalized but never
   filled, has none, so the exit dump prints nothing of it, not even its blank line;
   @total prints its blank line and 10 / 2. */
#pragma D option quiet

tick-1h
{
	@never = count();
}

BEGIN
{
	normalize(@never, 2);
	@total = sum(10);
	normalize(@total, 2);
	exit(0);
}
