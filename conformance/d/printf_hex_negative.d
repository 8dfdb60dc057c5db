/* An int is 32 bits wide: %x of -1 shows 8 digits. */
#pragma D option quiet

BEGIN
{
	printf("%x %u\n", -1, -1);
	exit(0);
}
