/* A kernel tracepoint by dtrace-utils' name rawtp:SUBSYSTEM::EVENT (or
   xtrace's tracepoint:SUBSYSTEM::EVENT): its arguments are the tracepoint's
   own. sched_process_exec(p, old_pid, bprm) fires in the new image: arg0 is
   the task (curthread), arg1 the pid before the exec. */
#pragma D option quiet

rawtp:sched::sched_process_exec
/pid == $target/
{
	printf("rawtp %s task %d old_pid %d\n", execname, arg0 == (uint64_t)curthread, arg1 == pid);
}

tracepoint:sched::sched_process_exec
/pid == $target/
{
	printf("tracepoint %s\n", execname);
}
