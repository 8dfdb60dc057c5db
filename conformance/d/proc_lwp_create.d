/* A thread is an lwp, not a process: proc:::lwp-create fires in the creating
   thread (args[0] the new lwp, args[1] its process) where proc:::create does
   not; lwp-start fires in the new thread, lwp-exit in each thread as it ends,
   and exit once, for the process. */
#pragma D option quiet

int child, created, creates;

proc:::start
/ppid == $target && !child/
{
	child = pid;
}

proc:::create
/pid == child/
{
	creates++;
}

proc:::lwp-create
/pid == child/
{
	created++;
	printf("lwp-create: in the %s thread, lwp %s, process %s\n", tid == pid ? "main" : "other",
	    args[0]->pr_lwpid != tid ? "another" : "itself", args[1]->pr_pid == pid ? "the same" : "another");
}

proc:::lwp-start
/pid == child && tid != pid/
{
	printf("lwp-start: a new thread, created %d\n", created);
}

proc:::lwp-exit
/pid == child/
{
	printf("lwp-exit: the %s thread\n", tid == pid ? "main" : "other");
}

proc:::exit
/pid == child/
{
	printf("exit: process creations %d\n", creates);
}
