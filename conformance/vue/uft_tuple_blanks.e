/* blanks around the colons and a quoted path, as IBM's uft page writes tuples */
@@uft : $__CPID:"/lib/x86_64-linux-gnu/libc.so.6" : sync :entry
{
	printf("libc sync() called\n");
}
