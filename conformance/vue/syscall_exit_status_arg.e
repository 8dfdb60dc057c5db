void exit(int status);
@@syscall:*:exit:entry
	when (__pname == "false")
{
	printf("exit(%d)\n", __arg1);
}
