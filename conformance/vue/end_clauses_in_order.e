@@BEGIN
{
	exit();
}

@@END
{
	printf("end one\n");
}

@@END
{
	printf("end two\n");
}
