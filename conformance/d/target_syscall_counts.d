/* The one-liner `dtrace -n 'syscall:::entry /pid == $target/ { @[probefunc] =
   count(); }' -c CMD`: dtrace creates the command held inside its execve and
   enables the probes then, so the table has no execve row (the return of that
   execve is seen: dtrace-utils' libproc stops the command at the exec event,
   before the system call returns, as with -x evaltime=exec). Rows kept to the
   ones the C library does not decide: execve (none) and exit_group (true's
   one). */
#pragma D option quiet

syscall:::entry
/pid == $target && (probefunc == "execve" || probefunc == "exit_group")/
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
