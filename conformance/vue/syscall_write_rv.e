long write(int fd, char *buf, unsigned long n);
@@syscall:*:write:exit
	when (__pname == "echo")
{
	printf("wrote %lld bytes\n", __rv);
	exit();
}
