@@BEGIN
{
	int a;
	a = 7;
	printf("%s\n", a > 5 ? "big" : "small");
	printf("%d\n", a % 2 == 0 ? 0 : a < 0 ? -1 : 1);
	exit();
}
