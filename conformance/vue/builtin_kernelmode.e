/* __kernelmode: 0 in user code (a uft probe of libc's sync()), 1 in the
 * kernel (the sync system call it makes) */
@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:sync:entry
{
	printf("libc sync(): %s mode\n", __kernelmode == 1 ? "kernel" : "user");
}

@@syscall:$__CPID:sync:entry
{
	printf("sync system call: %s mode\n", __kernelmode == 1 ? "kernel" : "user");
	exit();
}
