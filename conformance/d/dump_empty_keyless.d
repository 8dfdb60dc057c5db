/* @@nosort */
/* An aggregation without keys that nothing updated has no record: the exit dump
   prints nothing of @never, then @total's blank line and value. */
#pragma D option quiet

tick-1h
{
	@never = count();
}

BEGIN
{
	@total = sum(3);
	exit(0);
}
