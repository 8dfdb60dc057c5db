/* A clause on several providers' probes (here the readings of empty-provider
   descriptions) names, in probeprov, probemod, probefunc and probename, the
   probe that fired: ::sync:entry is syscall's, ::ksys_sync:entry fbt's, and
   :::start is proc's (in the new process, before anything else it runs) and
   io's. */
#pragma D option quiet

int started;

::sync:entry, ::ksys_sync:entry
/execname == "sync"/
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}

:::start
/ppid == $target && !started/
{
	started = 1;
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}
