/* $__CTID is the thread ID of the command started with -X (IBM's "Supported
 * shell elements" page names it beside $__CPID). sync is a one-thread program:
 * its sync() call comes from that thread. */
@@syscall:*:sync:entry
	when (__tid == $__CTID)
{
	printf("sync by the -X command's thread: %d %d\n", __tid == $__CTID, __pid == $__CPID);
}
