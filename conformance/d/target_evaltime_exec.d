/* `-x evaltime=exec` (here as its pragma): dtrace -c enables the probes while
   the command is held at its exec event (libproc's Pcreate: inside its
   execve, the new image loaded, execname already the program's, the system
   call not returned). A `/pid == $target/` script sees nothing the process
   did before its exec, nor the execve's entry, but its return, and the
   dynamic linker's start-up: /bin/true's ld.so sets up the main thread's
   robust futex list (one set_robust_list) before the program's entry point;
   its exit() makes one exit_group. */
#pragma D option quiet
#pragma D option evaltime=exec

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
