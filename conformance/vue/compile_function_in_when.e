@@syscall:*:read:entry
	when (get_function() == "read")
{
	printf("read\n");
}
