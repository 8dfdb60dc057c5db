/* print_args() at a user function's entry: libc's exit(int) as false(1) calls it. */
void exit(int status);
@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:exit:entry
{
	print_args();
}
