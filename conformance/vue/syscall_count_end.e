int calls;
@@syscall:*:sync:entry
	when (__pname == "sync")
{
	calls++;
}

@@END
{
	printf("sync called %d time(s)\n", calls);
}
