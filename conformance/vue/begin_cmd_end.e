@@BEGIN
{
	printf("begin\n");
}

@@END
{
	printf("end\n");
}
