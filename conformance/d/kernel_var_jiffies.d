/*
 * Kernel variables by name (D's backquote): `jiffies counts clock ticks, so it
 * has moved on by the first 200 ms tick after BEGIN (HZ ticks a second); the
 * typed read through the address, *(T *)&`name, is the variable the name reads
 * with its kernel type; a running kernel has at least one CPU
 * (vmlinux`nr_cpu_ids), and pid_max is above the 300 pids Linux reserves.
 */
#pragma D option quiet

BEGIN
{
	j = `jiffies;
	printf("%d %d\n", j > 0, *(unsigned int *)&`nr_cpu_ids == `nr_cpu_ids);
}

profile:::tick-200ms
{
	printf("%d %d\n", `jiffies > j, vmlinux`nr_cpu_ids > 0);
	printf("%d\n", `pid_max > 300);
	exit(0);
}
