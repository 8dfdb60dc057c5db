/* dtrace -c creates the command stopped at its exec and enables the probes
   only then: a `/pid == $target/` script sees nothing the process did before
   its exec (the child's half of the fork, which makes glibc's
   set_robust_list; a check of its pid), nor the execve's entry: the command
   is held inside its execve (the new image loaded, execname already the
   program's), so the execve's return is its first event. /bin/true, once
   exec'd, makes one set_robust_list (glibc's start-up). */
#pragma D option quiet

syscall:::entry
/pid == $target && execname != "true"/
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
