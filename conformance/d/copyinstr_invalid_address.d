/* copyinstr() of an address that cannot be read is DTrace's "invalid address"
 * naming that address, in the action that read it; the clause stops there,
 * what it printed before the fault is discarded with it (DTrace commits a
 * clause's records only when it completes), and the session goes on. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	printf("before\n");
	printf("%s\n", copyinstr(1));
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
