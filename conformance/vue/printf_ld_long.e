@@BEGIN
{
	long l;
	unsigned long u;
	l = -5000000000;
	u = 5000000000;
	printf("%ld %lu\n", l, u);
	exit();
}
