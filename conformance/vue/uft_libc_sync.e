@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:sync:entry
{
	printf("libc sync() called\n");
}
