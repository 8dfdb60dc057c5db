#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", 2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 100 / 10 / 5, 7 % 3 * 2);
	exit(0);
}
