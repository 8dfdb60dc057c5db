#pragma D option quiet

syscall::sync:entry
/execname == "sync"/
{
	printf("%s:%s:%s\n", probeprov, probefunc, probename);
}
