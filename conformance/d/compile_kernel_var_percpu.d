/* A per-CPU variable (current_task: one copy per CPU, its kallsyms entry an
   offset into each CPU's area) cannot be read by name: an error at its name. */
#pragma D option quiet

BEGIN
{
	printf("%x\n", *(unsigned long *)&`current_task);
	exit(0);
}
