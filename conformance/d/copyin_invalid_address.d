/* copyin() from an address that cannot be read is a run-time error naming
 * it; the clause stops there and the session goes on. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	tracemem(copyin(0, 8), 8);
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
