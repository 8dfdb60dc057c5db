@@interval:*:clock:0
{
	printf("x\n");
}
