/* sched:::off-cpu fires in the outgoing thread; args[0]/args[1] describe the
   thread about to run. The -c shell sleeps waiting for its child: when it
   leaves the CPU, the one coming on is never itself. */
#pragma D option quiet

BEGIN
{
	seen = 0;
	self_next = 0;
}

sched:::off-cpu
/pid == $target/
{
	seen = 1;
	self_next += args[0]->pr_lwpid == tid ? 1 : 0;
}

END
{
	printf("off-cpu seen %d, next is itself %d\n", seen, self_next);
}
