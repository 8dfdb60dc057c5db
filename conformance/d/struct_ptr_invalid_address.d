/* A member of the script's own struct read through a bad pointer faults at
 * the member's address (base + offset); other clauses still run. */
/* @@nosort */
#pragma D option quiet

struct foo {
	long a;
	int b;
};

BEGIN
{
	printf("%d\n", ((struct foo *)16)->b);
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
