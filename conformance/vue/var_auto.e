@@BEGIN
{
	__auto int a;
	__auto String s[16];
	a = 21;
	s = "auto";
	printf("%s %d\n", s, a * 2);
	exit();
}
