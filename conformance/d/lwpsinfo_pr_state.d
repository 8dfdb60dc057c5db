/* curlwpsinfo->pr_state and pr_sname: a thread on a CPU is SONPROC ('O');
   the command's thread leaving its CPU to sleep in nanosleep is SSLEEP ('S').
   procfs.d's state constants are 1 to 7. Only the off-cpu inside the second's
   sleep is taken: at a shorter sleep (a page-in) another CPU may wake the
   thread (TASK_WAKING, 'W') between the predicate's read and the printf's. */
#pragma D option quiet

self int done;

BEGIN
{
	printf("%d %d %d %d %d %d %d\n", SSLEEP, SRUN, SZOMB, SSTOP, SIDL, SONPROC, SWAIT);
	printf("BEGIN %d %c\n", curlwpsinfo->pr_state, curlwpsinfo->pr_sname);
}

syscall::clock_nanosleep:entry, syscall::nanosleep:entry
/pid == $target/
{
	self->sleeping = 1;
}

sched:::off-cpu
/self->sleeping && curlwpsinfo->pr_state == SSLEEP && !self->done/
{
	printf("off-cpu %d %c\n", curlwpsinfo->pr_state, curlwpsinfo->pr_sname);
	self->done = 1;
}
