@@syscall:*:uname:entry
	when (!(__pname != "uname"))
{
	printf("uname seen\n");
	exit();
}
