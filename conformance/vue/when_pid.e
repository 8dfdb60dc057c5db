@@syscall:*:sync:entry
	when (__pname == "sync")
{
	printf("%s\n", __pname);
	exit();
}
