@@BEGIN
{
	int i;
	long long big;
	big = 4294967297;
	i = (int)big;
	printf("%d %d %d\n", i, (short)65537, (unsigned char)257);
	exit();
}
