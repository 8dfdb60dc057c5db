@@sysproc:oncpu:*
{
	printf("on cpu\n");
}
