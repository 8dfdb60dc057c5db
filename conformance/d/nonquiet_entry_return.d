/* One clause over a syscall's entry and its return, not quiet: each firing's
   probe line names the side that fired (a stap or Vue port is two probes). */
/* @@nosort */
syscall::getppid:
/pid == $target/
{
	trace(probename);
}
