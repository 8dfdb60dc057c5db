/* @@nosort */
/* An empty provider field matches the probes of every provider that has one of
   that shape: ::sync:entry is syscall::sync:entry (the kernel has no function
   named sync), one probe, numbered and named as syscall's own. */
::sync:entry
/execname == "sync"/
{
	printf("%d %s:%s:%s:%s", id, probeprov, probemod, probefunc, probename);
	exit(0);
}
