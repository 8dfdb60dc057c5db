@@BEGIN
{
	long long a;
	a = -10000000007;
	printf("%lld %lld\n", a / 10, a % 10);
	exit();
}
