@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:uname:exit
{
	printf("uname returned %d\n", __rv);
}
