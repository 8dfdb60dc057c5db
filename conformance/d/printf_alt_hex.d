/* %#x prints 0x...: compared through the hex placeholder. */
#pragma D option quiet

BEGIN
{
	printf("%#x %#X\n", 255, 255);
	exit(0);
}
