/* Clauses of one probe run in program order. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	printf("first\n");
}

BEGIN
{
	printf("second\n");
}

BEGIN
{
	printf("third\n");
	exit(0);
}
