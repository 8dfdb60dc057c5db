@@syscall:$__CPID:sync:entry
{
	printf("child called sync\n");
}
