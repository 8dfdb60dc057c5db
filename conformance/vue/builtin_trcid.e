/* __trcid: the tracing process. probevue starts the -X program, so the
 * program's parent is the tracing process, and it is not the program. */
@@BEGIN
{
	printf("begin %d\n", __trcid > 0);
}

@@syscall:$__CPID:sync:entry
{
	printf("%d %d\n", __trcid != __pid, __ppid == __trcid);
	exit();
}
