/* an AIX libc name that neither the AIX-to-Linux table nor the Linux system call
 * table knows: refused with its place, as probevue refuses an unknown call */
@@syscall:*:no_such_call:entry
{
	printf("never\n");
}
