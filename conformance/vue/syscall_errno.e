/* __errno: the error number of a failing system call (ENOENT is 2 on AIX and Linux) */
@@syscall:*:rmdir:exit
	when (__pname == "rmdir")
{
	printf("rmdir failed: errno %d\n", __errno);
	exit();
}
