int enabled;
int hits;
@@BEGIN
{
	enabled = 1;
}

@@syscall:*:sync:entry
	when (enabled == 1 && __pname == "sync")
{
	hits++;
	enabled = 0;
}

@@syscall:*:sync:exit
	when (__pname == "sync")
{
	printf("hits=%d enabled=%d\n", hits, enabled);
	exit();
}
