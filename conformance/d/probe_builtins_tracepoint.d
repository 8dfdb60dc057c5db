/* A tracepoint's probe names: the provider sdt, the module vmlinux and the
 * name the tracepoint's event (a stap port says them as the constants they are
 * in a probe on that one tracepoint). The command execs /bin/true from its
 * shell. */
#pragma D option quiet

tracepoint:sched::sched_process_exec
/execname == "true"/
{
	printf("%s:%s:%s\n", probeprov, probemod, probename);
	exit(0);
}
