/* A clause on every system call, not quiet: each probe line names the call that
   fired and its probe ID, the number `id` traces (a stap port computes it from
   the call's number: pidfd_open, 434, lies past x86_64's gap of numbers 335-423,
   getppid, 110, before it). */
/* @@nosort */
syscall:::entry
/pid == $target && (probefunc == "getppid" || probefunc == "pidfd_open")/
{
	trace(id);
}

syscall:::return
/pid == $target && probefunc == "pidfd_open"/
{
	trace(id);
}
