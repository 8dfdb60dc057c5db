#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", (char)257, (unsigned char)-1, (short)65537, (int)4294967297);
	exit(0);
}
