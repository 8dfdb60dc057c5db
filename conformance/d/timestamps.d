#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", timestamp > 0, walltimestamp > 1500000000000000000, cpu >= 0);
	exit(0);
}
