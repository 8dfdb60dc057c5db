/* __curthread->tid and __curproc->pid are the traced thread's and process's IDs,
 * the same as __tid and __pid (IBM's "Built-in class variables" page); a
 * one-thread program's thread ID is its process ID. */
@@syscall:*:sync:entry
	when (__pid == $__CPID)
{
	printf("%d %d %d %d\n", __curthread->tid == __tid, __curproc->pid == __pid,
	       __curthread->pid == __pid, __curproc->ppid == __ppid);
}
