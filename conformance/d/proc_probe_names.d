/* A proc provider probe names itself as DTrace on Linux lists it
   (proc:vmlinux::exec-success), not by the tracepoint behind it. */
#pragma D option quiet

proc:::exec-success
/pid == $target/
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}
