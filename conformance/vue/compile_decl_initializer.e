int x = 5;
@@BEGIN
{
	printf("%d\n", x);
}
