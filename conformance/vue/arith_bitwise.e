@@BEGIN
{
	int x;
	x = 12;
	printf("%d %d %d %d %d %d\n", x & 10, x | 3, x ^ 5, x << 2, x >> 2, ~x);
	exit();
}
