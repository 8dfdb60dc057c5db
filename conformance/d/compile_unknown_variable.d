BEGIN
{
	printf("%d\n", y);
}
