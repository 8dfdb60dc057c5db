int rmdir(char *path);
@@syscall:*:rmdir:entry
	when (__pname == "rmdir")
{
	String path[128];
	path = get_userstring(__arg1, -1);
	printf("rmdir(\"%s\")\n", path);
	exit();
}
