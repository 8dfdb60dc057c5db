/* Not quiet, every speculation discarded: DTrace prints the CPU ID FUNCTION:NAME
 * heading with the first record it prints, and none is, so the output is empty. */
/* @@nosort */
syscall::openat:entry
/execname == "cat"/
{
	self->spec = speculation();
}

syscall::openat:entry
/self->spec/
{
	speculate(self->spec);
	printf("%s", copyinstr(arg1));
}

syscall::openat:return
/self->spec/
{
	discard(self->spec);
	self->spec = 0;
}
