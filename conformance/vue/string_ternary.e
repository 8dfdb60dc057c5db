@@BEGIN
{
	String s[16];
	int n;
	n = 2;
	s = n == 1 ? "one" : n == 2 ? "two" : "many";
	printf("%s\n", s);
	exit();
}
