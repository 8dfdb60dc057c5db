@@BEGIN
{
	String a[16];
	String b[16];
	a = "apple";
	b = "banana";
	printf("%d %d %d %d\n", a == b, a != b, a < b, a > b);
	if (a == "apple")
		printf("equal\n");
	exit();
}
