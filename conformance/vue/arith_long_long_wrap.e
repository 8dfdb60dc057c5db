@@BEGIN
{
	long long v;
	v = 2147483647;
	v = v + 1;
	printf("%lld\n", v);
	v = v * 65536;
	printf("%lld\n", v);
	exit();
}
