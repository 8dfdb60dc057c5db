/* A C prototype types __argN: an int argument holding -1 prints as -1 */
int close(int fd);

@@syscall:*:close:entry
	when (__pname == "python3" && __arg1 < 0)
{
	printf("close(%d)\n", __arg1);
	exit();
}
