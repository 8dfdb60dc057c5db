@@BEGIN
{
	long long big;
	big = 1234567890123;
	printf("%lld %lld\n", big, -big);
	exit();
}
