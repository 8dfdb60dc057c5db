@@BEGIN
{
	int v;
	v = 2147483647;
	v = v + 1;
	printf("%d\n", v);
	exit();
}
