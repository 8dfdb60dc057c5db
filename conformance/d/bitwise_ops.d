#pragma D option quiet

BEGIN
{
	a = 0xf0;
	b = 0x3c;
	printf("%d %d %d %d %d %d\n", a & b, a | b, a ^ b, ~0, 1 << 10, -16 >> 2);
	exit(0);
}
