/* A kernel tracepoint by dtrace-utils' name rawtp:SUBSYSTEM::EVENT (or
   xtrace's tracepoint:SUBSYSTEM::EVENT): its arguments are the tracepoint's
   own. sched_process_exec(p, old_pid, bprm) fires in the new image: arg0 is
   the task (curthread), arg1 the pid before the exec. The -c command is env:
   its own exec is behind it when the probes are enabled (dtrace holds it at
   the exec event, which comes after this tracepoint); its exec of true is seen.
   (env's is left out: stap's -c command execs once the probes are armed.) */
#pragma D option quiet

rawtp:sched::sched_process_exec
/pid == $target && execname != "env"/
{
	printf("rawtp %s task %d old_pid %d\n", execname, arg0 == (uint64_t)curthread, arg1 == pid);
}

tracepoint:sched::sched_process_exec
/pid == $target && execname != "env"/
{
	printf("tracepoint %s\n", execname);
}
