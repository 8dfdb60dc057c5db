@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:exit:entry
{
	print_args();
}
