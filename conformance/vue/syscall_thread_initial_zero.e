__thread int seen;
@@syscall:*:sync:entry
	when (__pname == "sync")
{
	printf("seen=%d\n", seen);
	seen = 1;
	exit();
}
