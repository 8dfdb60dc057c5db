/* @@syscallx64: the kernel entry points of 64-bit processes (kwrite is write) */
@@syscallx64:$__CPID:kwrite:entry
{
	printf("write of %d bytes\n", __arg3);
	exit();
}
