/* A new process's proc probes, in the order DTrace fires them (its test
   tst.startexit): start, then lwp-start, in the new process's first thread
   before it runs its own code (still the forking shell's image); lwp-exit, then
   exit as it ends. */
#pragma D option quiet

int child, stage;

proc:::start
/ppid == $target && !child/
{
	child = pid;
	stage = 1;
	printf("start: %s, %s\n", tid == pid ? "first thread" : "another thread", execname);
}

proc:::lwp-start
/pid == child/
{
	printf("lwp-start: after start %d, first thread %d\n", stage == 1, tid == pid);
	stage = 2;
}

proc:::exec-success
/pid == child/
{
	stage = 3;
}

proc:::lwp-exit
/pid == child/
{
	printf("lwp-exit: %s, after exec %d\n", execname, stage == 3);
	stage = 4;
}

proc:::exit
/pid == child/
{
	printf("exit: %s, after lwp-exit %d, reason %d\n", execname, stage == 4, args[0]);
}
