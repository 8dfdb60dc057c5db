int write(int fd, char *buf, unsigned long n);
@@syscall:*:write:entry
	when (__pname == "echo")
{
	printf("write fd=%d n=%lld\n", __arg1, __arg3);
	exit();
}
