/* The one-liner `dtrace -n 'syscall:::entry /pid == $target/ { @[probefunc] =
   count(); }' -c CMD`: dtrace (dtrace-utils, default evaltime=postinit)
   creates the command and enables the probes once it is held at main(), so
   the table has no row of the execve (neither its entry nor its return: the
   system call returned before) nor of the dynamic linker's or libc's start-up
   (the libraries' openat/read/mmap/mprotect/close, arch_prctl,
   set_tid_address, set_robust_list, rseq, prlimit64, munmap...). /bin/true's
   main makes no system call; its exit() makes one exit_group. */
#pragma D option quiet

syscall:::entry
/pid == $target/
{
	@[probefunc] = count();
}

syscall::execve:return
/pid == $target/
{
	@ret[probefunc] = count();
}

END
{
	printa("entry %s %@d\n", @);
	printa("return %s %@d\n", @ret);
}
