/* print_args() in syscall clauses without a prototype: the arguments as Linux
 * declares the system call (kill(pid_t, int), exit_group(int)). */
@@syscall:*:kill:entry
	when (__pname == "sh" && (int)__arg1 == -1)
{
	print_args();
}
@@syscall:*:exit:entry
	when (__pid == $__CPID)
{
	print_args();
}
