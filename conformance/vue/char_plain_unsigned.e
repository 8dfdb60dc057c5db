@@BEGIN
{
	char c;
	signed char s;
	c = 200;
	s = 200;
	printf("%d %d\n", c, s);
	exit();
}
