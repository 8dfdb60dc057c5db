@@BEGIN
{
	count = 2;
	count = count + 40;
	exit();
}

@@END
{
	printf("%d\n", count);
}
