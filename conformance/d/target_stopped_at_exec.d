/* dtrace -c creates the command stopped and enables the probes only once it
   has run it on to the point its evaltime option names, by default (as in
   dtrace-utils) postinit: main(). So a `/pid == $target/` script sees nothing
   the process did before its exec (the child's half of the fork, which makes
   glibc's set_robust_list; a check of its pid), nor its execve (the entry, nor
   the return: the system call returned while the command was held), nor the
   dynamic linker's start-up, which sets up the main thread (set_robust_list)
   before the program's entry point. /bin/true's main makes no system call;
   its exit() one exit_group. */
#pragma D option quiet

syscall:::entry
/pid == $target && execname != "true"/
{
	before++;
}

syscall::execve:return
/pid == $target/
{
	execret++;
}

syscall::set_robust_list:entry
/pid == $target/
{
	robust++;
}

syscall::exit_group:entry
/pid == $target/
{
	leaving++;
}

END
{
	printf("before exec: %d\n", before);
	printf("execve return: %d\n", execret);
	printf("set_robust_list: %d\n", robust);
	printf("exit_group: %d\n", leaving);
}
