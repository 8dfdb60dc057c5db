@@syscall:*:sync:entry
	when (__pname == "sync")
{
	calls[__pname]++;
}

@@END
{
	printf("sync=%d\n", calls["sync"]);
}
