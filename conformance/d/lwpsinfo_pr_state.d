/* curlwpsinfo->pr_state and pr_sname: a thread on a CPU is SONPROC ('O');
   the command's thread leaving its CPU to sleep in nanosleep is SSLEEP ('S').
   procfs.d's state constants are 1 to 7. */
#pragma D option quiet

self int done;

BEGIN
{
	printf("%d %d %d %d %d %d %d\n", SSLEEP, SRUN, SZOMB, SSTOP, SIDL, SONPROC, SWAIT);
	printf("BEGIN %d %c\n", curlwpsinfo->pr_state, curlwpsinfo->pr_sname);
}

sched:::off-cpu
/pid == $target && curlwpsinfo->pr_state == SSLEEP && !self->done/
{
	printf("off-cpu %d %c\n", curlwpsinfo->pr_state, curlwpsinfo->pr_sname);
	self->done = 1;
}
