/* sched:::change-pri, as oracle/dtrace-utils' demo pritime.d reads it: args[0] is
   the thread whose priority is about to change (its pr_pri still the old one),
   args[1] its process, args[2] the new priority (Dynamic Tracing Guide, "sched
   Provider"). The -c program's main thread holds a priority-inheriting mutex that
   a nice -5 thread then waits on: the owner runs at the waiter's priority (115,
   Linux's 120 + nice) until it unlocks, and back at its own (120) after. */
/* @@nosort */
#pragma D option quiet

sched:::change-pri
/args[1]->pr_pid == $target && args[0]->pr_lwpid == $target/
{
	printf("%s: %d -> %d\n", args[1]->pr_fname, args[0]->pr_pri, args[2]);
}
