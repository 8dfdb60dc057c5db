@@BEGIN
{
	String s[32];
	String t[32];
	s = "hello world";
	t = strstr(s, "wor");
	printf("[%s]\n", t);
	printf("%d\n", atoi("123") + 1);
	exit();
}
