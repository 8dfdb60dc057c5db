/* A globbed or empty provider field matches every provider the glob names that
   has such a probe: s*scall is syscall; [sf]* is syscall and fbt, of which only
   fbt has ksys_sync; *:vmlinux:sync:return is syscall's alone; :::exec-success
   is proc's; :::BEGIN is dtrace's. */
#pragma D option quiet

s*scall::sync:entry
/execname == "sync"/
{
	printf("s*scall %s:%s:%s\n", probeprov, probefunc, probename);
}

[sf]*::ksys_sync:entry
/execname == "sync"/
{
	printf("[sf]* %s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}

*:vmlinux:sync:return
/execname == "sync"/
{
	printf("* %s:%s:%s\n", probeprov, probefunc, probename);
}

:::exec-success
/execname == "sync"/
{
	printf("exec-success %s:%s\n", probeprov, probename);
}

:::BEGIN
{
	printf("BEGIN %s:%s\n", probeprov, probename);
}
