/* A failed openat: return value -1 and errno ENOENT. */
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
