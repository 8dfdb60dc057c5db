/* print_args(): the probed function's name and its arguments as its C prototype
 * types them, in a syscall entry clause: a negative int in decimal, an unsigned
 * one in decimal. */
int kill(int pid, int sig);
void exit(int status);
@@syscall:*:kill:entry
	when (__pname == "sh" && __arg1 == -1)
{
	print_args();
}
@@syscall:*:exit:entry
	when (__pid == $__CPID)
{
	print_args();
}
