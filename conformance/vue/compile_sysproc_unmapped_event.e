@@sysproc:blockthread:*
{
	printf("on cpu\n");
}
