/* A base outside 2..36 is an illegal operation: the clause stops there, its
   "before" discarded with it (DTrace commits a clause's records only when it
   completes). */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	printf("before\n");
	printf("%d\n", strtoll("12", 1));
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
