@@BEGIN
{
	int i;
	long long l;
	printf("%lld %lld %lld %lld %lld\n", sizeof(char), sizeof(short), sizeof(int), sizeof(long long), sizeof(l));
	exit();
}
