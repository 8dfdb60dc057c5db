/* Not quiet: the heading comes with the first record printed, here the one
 * committed speculation's (the openat of /etc/hostname); the others are discarded.
 * (nspec: a discarded buffer may not be free again at once in DTrace) */
/* @@nosort */
#pragma D option nspec=16

syscall::openat:entry
/execname == "cat"/
{
	self->spec = speculation();
	self->path = copyinstr(arg1);
}

syscall::openat:entry
/self->spec/
{
	speculate(self->spec);
	printf("%s", self->path);
}

syscall::openat:return
/self->spec && self->path == "/etc/hostname"/
{
	commit(self->spec);
	self->spec = 0;
}

syscall::openat:return
/self->spec/
{
	discard(self->spec);
	self->spec = 0;
}
