/* An int constant is 32 bits, a long long 64: %x shows the type's width. */
#pragma D option quiet

BEGIN
{
	printf("%x %x %x %u\n", ~0, ~0LL, (long long)-1, (unsigned int)-2);
	exit(0);
}
