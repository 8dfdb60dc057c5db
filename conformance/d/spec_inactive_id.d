/* An id in range that is not active (committed already, or never given out)
 * drops speculative records silently; committing it does nothing. */
/* @@nosort */
#pragma D option quiet
#pragma D option nspec=2

BEGIN
{
	s = speculation();
}

BEGIN
{
	commit(s);
}

BEGIN
{
	speculate(s);
	printf("after its commit: dropped\n");
}

BEGIN
{
	speculate(2);
	printf("never given out: dropped\n");
}

BEGIN
{
	commit(s);
}

BEGIN
{
	commit(2);
}

BEGIN
{
	printf("done\n");
	exit(0);
}
