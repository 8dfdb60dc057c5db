@@BEGIN
{
	long long v;
	v = 4294967296;
	printf("%llx %llu %llo\n", v, v + 1, v);
	exit();
}
