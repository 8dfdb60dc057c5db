@@BEGIN
{
	int n;
	n = 42;
	printf("[%5d][%-5d][%05d][%+d][% d]\n", n, n, n, n, n);
	printf("[%#x][%#o][%08x]\n", n, n, n);
	exit();
}
