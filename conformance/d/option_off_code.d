/* Code an option set to 0 keeps from running (the DTraceToolkit's procsystime
   run without -o: its OPT_cpu code reads vtimestamp, here ucaller, which stap
   and ProbeVue lack; stap says vtimestamp since dmisc). D runs none of it; a
   port that could not say it leaves it out. */
#pragma D option quiet

inline int OPT_cpu = 0;

BEGIN
{
	OPT_cpu ? self->vstart = ucaller : 1;
	printf("begin\n");
}

BEGIN
/self->vstart/
{
	printf("cpu %d\n", ucaller - self->vstart);
}

BEGIN
/!OPT_cpu/
{
	printf("no cpu times\n");
	exit(0);
}
