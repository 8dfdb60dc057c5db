/* Equal values sort by key. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@["b"] = sum(5);
	@["c"] = sum(1);
	@["a"] = sum(5);
	exit(0);
}
