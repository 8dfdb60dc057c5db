/* Thread-locals carry a value from entry to return. */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	self->fd = arg0;
}

syscall::write:return
/self->fd/
{
	printf("fd %d wrote %d\n", self->fd, arg0);
	self->fd = 0;
}
