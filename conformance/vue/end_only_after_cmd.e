@@END
{
	printf("done\n");
}
