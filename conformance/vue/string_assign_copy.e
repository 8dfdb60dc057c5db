@@BEGIN
{
	String a[16];
	String b[16];
	a = "first";
	b = a;
	a = "second";
	printf("%s %s\n", a, b);
	exit();
}
