/* sched:::enqueue / dequeue: a thread put on / taken off a run queue, args[0]
   its lwpsinfo_t, args[1] its psinfo_t, args[2] the queue's cpuinfo_t. sleep
   is dequeued when it goes to sleep, in its own thread, and enqueued when it is
   woken up. */
#pragma D option quiet

int enq, deq;

sched:::enqueue
/args[1]->pr_fname == "sleep" && !enq/
{
	enq = 1;
	printf("%s:%s:%s:%s lwp %s, cpu %s\n", probeprov, probemod, probefunc, probename,
	    args[0]->pr_lwpid == args[1]->pr_pid ? "of the process" : "another",
	    args[2]->cpu_id >= 0 ? "known" : "unknown");
}

sched:::dequeue
/execname == "sleep" && args[1]->pr_pid == pid && !deq/
{
	deq = 1;
	printf("%s:%s:%s:%s in the thread itself\n", probeprov, probemod, probefunc, probename);
}
