/* A clause on every system call's entry, not quiet: each probe line names the call
   that fired and its probe ID, the number `id` traces (a Vue port reads it from a
   table keyed by the call's name alone, every site being an entry). */
/* @@nosort */
syscall:::entry
/pid == $target && (probefunc == "getppid" || probefunc == "pidfd_open")/
{
	trace(id);
}
