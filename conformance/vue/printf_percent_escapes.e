@@BEGIN
{
	printf("100%%\n");
	printf("a\tb\\c\"d\"\n");
	printf("no newline at first;");
	printf(" then one\n");
	exit();
}
