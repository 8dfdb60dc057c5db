/* __rv printed where the predicate lets only calls that succeeded through:
   the number of bytes written (its D port prints arg0, its stap port retval) */
long write(int fd, char *buf, unsigned long n);
@@syscall:*:write:exit
	when (__rv > 0 && __pname == "echo")
{
	printf("wrote %lld bytes\n", __rv);
	exit();
}
