/* An __auto long long keeps its 64 bits from a small first store: its product
   and its shift are 64-bit; an __auto int's product is an int's */
@@BEGIN
{
	__auto long long x;
	__auto int n;
	x = 5;
	n = 5;
	printf("%lld %lld %d\n", x * 1000000000, x << 40, n * 2);
	exit();
}
