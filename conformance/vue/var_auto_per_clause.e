@@BEGIN
{
	__auto int a;
	a = 1;
	printf("first %d\n", a);
}

@@BEGIN
{
	__auto int a;
	a = 2;
	printf("second %d\n", a);
	exit();
}
