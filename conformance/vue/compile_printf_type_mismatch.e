@@BEGIN
{
	String str[10];
	str = "x";
	printf("The total count of elements is %d\n", str);
}
