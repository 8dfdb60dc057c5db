#pragma D option quiet

BEGIN
{
	printf("%lld %lld\n", 4294967296 * 2, 9223372036854775807);
	exit(0);
}
