/* curthread is the current task_struct: its members agree with the built-ins. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", curthread->pid == tid, curthread->tgid == pid,
	    curthread->real_parent->tgid == ppid);
	printf("%d\n", stringof(curthread->comm) == execname);
	exit(0);
}
