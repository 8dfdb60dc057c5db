@@syscall:*:read
{
	printf("x\n");
}
