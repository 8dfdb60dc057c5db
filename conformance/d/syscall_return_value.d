#pragma D option quiet

syscall::sync:return
/execname == "sync"/
{
	printf("%s returned %d\n", probefunc, arg0);
}
