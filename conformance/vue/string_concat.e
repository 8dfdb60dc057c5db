@@BEGIN
{
	String a[16];
	String b[16];
	String c[40];
	a = "pro";
	b = "be";
	c = a + b + "vue";
	printf("%s\n", c);
	exit();
}
