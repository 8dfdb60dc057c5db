/* dtrace -c creates the command stopped at its exec and enables the probes
   only then: a `/pid == $target/` script sees nothing the process did before
   its exec (the child's half of the fork, which makes glibc's
   set_robust_list; a check of its pid), only the program's own system calls.
   /bin/true, once exec'd, makes one set_robust_list (glibc's start-up). The
   execve itself is left out: DTrace's command has stopped on its return, so
   the probes never see its entry. */
#pragma D option quiet

syscall:::entry
/pid == $target && execname != "true" && probefunc != "execve"/
{
	before++;
}

syscall::set_robust_list:entry
/pid == $target/
{
	robust++;
}

END
{
	printf("before exec: %d\n", before);
	printf("set_robust_list: %d\n", robust);
}
