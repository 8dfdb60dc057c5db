/* aggsortkey: rows sort by key instead of by value. */
/* @@nosort */
#pragma D option quiet
#pragma D option aggsortkey

BEGIN
{
	@["b"] = sum(1);
	@["a"] = sum(2);
	@["c"] = sum(0);
	exit(0);
}
