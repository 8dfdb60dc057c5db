/* sched:::enqueue's raw arguments, as Oracle's sched provider gives them
   (dt_prov_sched.c): arg0 the task being enqueued (args[0]'s pr_addr), arg1
   0, arg2 the flags' ENQUEUE_HEAD (0: the woken sleep goes to the tail of its
   queue). Brendan Gregg's runqlat.d keys the enqueue time by arg0 and finds it
   again at on-cpu by curthread: the same task. */
/* @@nosort */
#pragma D option quiet

int done, seen;

sched:::enqueue
/stringof(args[1]->pr_fname) == "sleep" && !done/
{
	done = 1;
	ts[arg0] = timestamp;
	printf("arg0 %s, arg1 %d, arg2 %d\n",
	    arg0 == (int64_t)args[0]->pr_addr ? "is the task" : "is something else",
	    arg1, arg2);
}

sched:::on-cpu
/ts[(int64_t)curthread] && !seen/
{
	seen = 1;
	printf("%s on a CPU after its enqueue\n", execname);
}
