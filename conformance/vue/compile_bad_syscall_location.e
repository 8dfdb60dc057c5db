@@syscall:*:read:middle
{
	printf("x\n");
}
