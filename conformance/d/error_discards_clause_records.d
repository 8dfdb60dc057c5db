/* @@nosort */
/* A fault ends its clause and discards what the clause recorded before it:
   DTrace commits a clause's records only when the clause completes
   (dtrace_probe() moves on after the ERROR probe; dtrace-utils returns before
   the clause's perf_event_output). Its stores stay, and the probe's later
   clauses still run. */
#pragma D option quiet

BEGIN
{
	x = 1;
	printf("discarded\n");
	*(char *)NULL;
	printf("not reached\n");
}

ERROR
{
	printf("ERROR fired\n");
}

BEGIN
{
	printf("next clause, x = %d\n", x);
	exit(0);
}
