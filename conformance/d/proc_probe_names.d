/* A proc provider probe names itself as DTrace on Linux lists it
   (proc:vmlinux::exec-success), not by the tracepoint behind it. The -c
   command is env, whose own exec dtrace holds it at (before the probes are
   enabled): its exec of true fires the probe (env's is left out: a stap -c
   command execs once the probes are armed). */
#pragma D option quiet

proc:::exec-success
/pid == $target && execname != "env"/
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}
