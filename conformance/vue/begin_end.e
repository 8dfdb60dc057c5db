@@BEGIN
{
	printf("begin\n");
	exit();
}

@@END
{
	printf("end\n");
}
