/* $__CPID is the process ID of the command started with -X: the same
 * process's sync() is seen from a tuple for every process. */
@@syscall:*:sync:entry
	when (__pid == $__CPID)
{
	printf("sync by the -X command: %d\n", __pid == $__CPID);
}
