/* pids differ per run: the filter normalizes them. */
#pragma D option quiet

syscall::sync:entry
/execname == "sync"/
{
	printf("%s pid=%d tid=%d\n", execname, pid, tid);
}
