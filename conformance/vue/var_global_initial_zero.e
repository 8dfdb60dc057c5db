__global int g;
long long big;
@@BEGIN
{
	printf("%d %lld\n", g, big);
	exit();
}
