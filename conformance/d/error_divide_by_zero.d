/* The faulting clause stops, its records discarded (its "before" too: DTrace
   commits a clause's records only when it completes); others still run;
   ERROR fires. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	z = 0;
	printf("before\n");
	x = 10 / z;
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
