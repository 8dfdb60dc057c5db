@@BEGIN
{
	String str[10];
	str = "x";
	printf("hello world %s, %d\n", str);
}
