/* __pgid and __curproc->pgid: the process group of the current process. setsid
   makes sync lead a group of its own, so its pgid is its pid */
@@syscall:*:sync:entry
	when (__pname == "sync")
{
	printf("%d %d %d\n", __pgid == __pid, __curproc->pgid == __pgid, __pgid > 1);
	exit();
}
