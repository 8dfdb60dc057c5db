/* A declared global starts at zero. */
#pragma D option quiet

int x;

BEGIN
{
	printf("%d\n", x);
	exit(0);
}
