@@syscall:*:sync:entry
	when (__pname == "sync")
{
	printf("%s\n", get_function());
	exit();
}
