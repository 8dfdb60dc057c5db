/* Entry/return timing with a thread-local, as DTrace scripts measure latency. */
/* @@nosort */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	self->ts = timestamp;
	self->fd = arg0;
}

syscall::write:return
/self->ts/
{
	printf("elapsed > 0: %d\n", timestamp - self->ts > 0);
	@calls["write", self->fd] = count();
	self->ts = 0;
	self->fd = 0;
}
