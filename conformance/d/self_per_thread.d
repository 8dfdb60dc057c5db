/* Thread-locals belong to one thread: another thread reads 0. */
#pragma D option quiet

BEGIN
{
	self->x = 42;
}

syscall::sync:entry
/execname == "sync"/
{
	printf("sync sees %d\n", self->x);
}
