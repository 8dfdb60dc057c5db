@@BEGIN
{
	/* never closed
	printf("x\n");
}
