@@syscall:*:read:entry
{
	print_args();
}
