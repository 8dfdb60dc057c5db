@@BEGIN
{
	int a;
	int b;
	a = 17;
	b = 5;
	printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
	printf("%d %d\n", 2 + 3 * 4, (2 + 3) * 4);
	printf("%d %d %d\n", -a / b, -a % b, -(a - 20));
	exit();
}
