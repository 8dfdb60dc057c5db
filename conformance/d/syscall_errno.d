/* A failed openat: Linux DTrace hands over the raw return value (-ENOENT) in
   arg0, as dtrace-utils' own syscall tests expect; errno is ENOENT. */
#pragma D option quiet

syscall::openat:entry
/execname == "cat"/
{
	self->path = copyinstr(arg1);
}

syscall::openat:return
/self->path == "/nonexistent-xtrace"/
{
	printf("%s %d %d\n", self->path, (int)arg0, errno);
}
