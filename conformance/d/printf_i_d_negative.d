#pragma D option quiet

BEGIN
{
	printf("%i %d %5i %-5d|\n", -12, -12, -12, -12);
	exit(0);
}
