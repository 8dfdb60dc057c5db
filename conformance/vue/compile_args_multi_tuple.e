@@syscall:*:read:entry, @@syscall:*:write:entry
{
	printf("%d\n", __arg1);
}
