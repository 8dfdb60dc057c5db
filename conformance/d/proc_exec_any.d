/* proc:::exec-* in one clause: exec-success and exec-failure (forktime.d of the
   nineteenth real-script sample). The shell runs env, which execs a file that does
   not exist, then true. In stap the failure is a probe of its own on the exec
   syscalls' return, tested for a failure. */
/* @@nosort */
#pragma D option quiet

proc:::exec-*
/execname == "env" || execname == "true"/
{
	printf("%s %s\n", probename, execname);
}
