@@BEGIN
{
	a[1] = 1;
	printf("%d\n", a);
}
