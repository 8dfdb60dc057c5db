#pragma D option quiet
BEGIN
{
	a = 7;
	b = 3;
	printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
	printf("%d %d %d %d %d\n", a << 2, a >> 1, a & b, a | b, a ^ b);
	printf("%d %d %d %d\n", a > b, a == b, !a, -a);
	printf("%d\n", a > b ? a : b);
	exit(0);
}
