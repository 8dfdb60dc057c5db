int rmdir(char *path);
@@syscall:*:rmdir:exit
	when (__pname == "rmdir")
{
	printf("rmdir returned %d\n", __rv);
	exit();
}
