@@syscall:*:sync:entry
	when (__pname == "sync")
{
	printf("entry\n");
}

@@syscall:*:sync:exit
	when (__pname == "sync")
{
	printf("exit\n");
	exit();
}
