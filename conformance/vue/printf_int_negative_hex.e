@@BEGIN
{
	int m;
	m = -1;
	printf("%x %u %d\n", m, m, m);
	exit();
}
