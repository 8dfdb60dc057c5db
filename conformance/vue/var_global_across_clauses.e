int total;
@@BEGIN
{
	total = 5;
}

@@BEGIN
{
	total = total * 3;
	exit();
}

@@END
{
	printf("total=%d\n", total);
}
