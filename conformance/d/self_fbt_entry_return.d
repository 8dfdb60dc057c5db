/* fbt entry/return pairs carry a thread-local across the call. */
/* @@nosort */
#pragma D option quiet

fbt::vfs_write:entry
/execname == "echo"/
{
	self->in = 1;
	self->start = timestamp;
}

fbt::vfs_write:return
/self->in/
{
	@[probefunc] = count();
	@took[probefunc] = min(timestamp >= self->start);
	self->in = 0;
	self->start = 0;
}
