int n;
@@BEGIN
{
	n = 1;
	printf("%lld\n", count(n));
}
