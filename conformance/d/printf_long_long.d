#pragma D option quiet

BEGIN
{
	x = (long long)1 << 40;
	printf("%lld %ld %llx\n", x, x, x);
	exit(0);
}
