@@BEGIN
{
	int i;
	int j;
	i = 5;
	j = i++;
	printf("%d %d\n", i, j);
	j = ++i;
	printf("%d %d\n", i, j);
	j = i--;
	printf("%d %d\n", i, j);
	j = --i;
	printf("%d %d\n", i, j);
	exit();
}
