/* Clauses of one tick probe run in order each firing. */
/* @@nosort */
#pragma D option quiet

tick-10ms
{
	i++;
}

tick-10ms
/i == 5/
{
	printf("%d\n", i);
	exit(0);
}
