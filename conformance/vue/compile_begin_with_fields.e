@@BEGIN:x
{
	printf("x\n");
}
