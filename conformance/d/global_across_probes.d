/* @@nosort */
#pragma D option quiet

BEGIN
{
	start = 42;
}

tick-10ms
{
	printf("%d\n", start);
	exit(0);
}
