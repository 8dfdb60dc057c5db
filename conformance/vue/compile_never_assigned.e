@@BEGIN
{
	printf("%d\n", nowhere);
}
