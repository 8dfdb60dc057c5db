int n;
@@syscall:*:sync:entry, @@syscall:*:sync:exit
	when (__pname == "sync")
{
	n++;
}

@@END
{
	printf("%d\n", n);
}
