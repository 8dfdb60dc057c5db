/* get_userstring(p, N) copies at most N bytes of the user string */
int rmdir(char *path);

@@syscall:*:rmdir:entry
	when (__pname == "rmdir")
{
	printf("%s|%s\n", get_userstring(__arg1, 5), get_userstring(__arg1, -1));
	exit();
}
