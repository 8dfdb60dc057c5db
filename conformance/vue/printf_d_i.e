@@BEGIN
{
	int a;
	int b;
	a = 42;
	b = -7;
	printf("%d %i %d\n", a, b, a + b);
	exit();
}
