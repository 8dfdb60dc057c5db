/* speculate(0) (what a failed speculation() returns) drops the clause's
 * records without an error; commit(0) and discard(0) do nothing. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	speculate(0);
	printf("dropped\n");
}

BEGIN
{
	commit(0);
	discard(0);
}

BEGIN
{
	printf("still running\n");
	exit(0);
}
