@@syscall:*:sync:exit
	when (__pname == "sync")
{
	printf("sync returned %d\n", __rv);
	exit();
}
