@@BEGIN
{
	String a[16];
	String b[16];
	a = "abc";
	b = "abcd";
	printf("%d %d %d\n", a < b, a == b, b > a);
	a = "";
	printf("%d\n", a == "");
	exit();
}
