#pragma D option quiet

BEGIN
{
	printf("%x %X %08x %o %#o\n", 48879, 48879, 255, 8, 8);
	exit(0);
}
