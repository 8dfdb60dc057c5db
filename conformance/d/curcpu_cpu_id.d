/* curcpu->cpu_id is the CPU the probe fires on, D's cpu (the sched provider's
   cpuinfo_t of a run queue is another CPU's); the sandbox has 2 CPUs. */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", curcpu->cpu_id == cpu, curcpu->cpu_id < 2);
}

syscall::getppid:entry
/pid == $target/
{
	printf("%d %d\n", curcpu->cpu_id == curlwpsinfo->pr_onpro, curcpu->cpu_id >= 0);
	exit(0);
}
