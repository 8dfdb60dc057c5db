/* Division truncates toward zero, as in C. */
#pragma D option quiet

BEGIN
{
	a = -7;
	b = 2;
	printf("%d %d %d %d\n", a / b, a % b, 7 / -b, 7 % -b);
	exit(0);
}
