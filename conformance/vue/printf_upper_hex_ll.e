@@BEGIN
{
	long long v;
	v = 3735928559;
	printf("%llX %llx %o\n", v, v, 0);
	exit();
}
