@@BEGIN
{
	int a;
	int b;
	a = 3;
	b = 5;
	printf("%d %d %d %d %d %d\n", a == b, a != b, a < b, a > b, a <= 3, b >= 6);
	printf("%d %d %d %d\n", a && b, a && 0, 0 || b, !a);
	exit();
}
