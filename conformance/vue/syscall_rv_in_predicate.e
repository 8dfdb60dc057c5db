@@syscall:*:uname:exit
	when (__rv == 0 && __pname == "uname")
{
	printf("uname ok\n");
	exit();
}
