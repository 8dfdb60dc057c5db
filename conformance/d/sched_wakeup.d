/* sched:::wakeup fires in the waker; args[0]/args[1] are the woken thread's
   lwpsinfo_t and psinfo_t. The -c shell waits for its child sleep, whose exit
   wakes it: the waker is sleep, the woken one the shell ($target). */
#pragma D option quiet

sched:::wakeup
/execname == "sleep" && args[1]->pr_pid == $target/
{
	woke = 1;
	lwp = args[0]->pr_lwpid == $target;
	name = args[1]->pr_fname;
}

END
{
	printf("sleep woke its shell %d, lwp %d, fname %s\n", woke, lwp, name);
}
