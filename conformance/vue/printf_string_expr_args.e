@@BEGIN
{
	String s[16];
	s = "ab";
	printf("%s|%s|%d\n", s + "cd", "x" + s, s == "ab");
	exit();
}
