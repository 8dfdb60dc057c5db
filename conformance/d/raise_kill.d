/* raise(SIGKILL) at the target's first nanosleep: sleep dies there and never
   reaches exit_group. */
/* @@nosort */
#pragma D option quiet
#pragma D option destructive

syscall::clock_nanosleep:entry, syscall::nanosleep:entry
/pid == $target/
{
	printf("raise\n");
	raise(9);
}

syscall::exit_group:entry
/pid == $target/
{
	printf("exit_group\n");
}
