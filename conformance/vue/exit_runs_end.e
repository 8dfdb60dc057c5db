int n;
@@BEGIN
{
	n = 7;
	exit();
}

@@END
{
	printf("end n=%d\n", n);
}
