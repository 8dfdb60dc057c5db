/* A member read through a bad pointer faults; other clauses still run. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	printf("%d\n", ((struct file *)0)->f_flags);
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
