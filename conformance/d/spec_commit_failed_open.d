/* The DTrace guide's specopen.d pattern: each openat of cat is speculated from its
 * entry to its return, committed when the call failed on the path asked for and
 * discarded otherwise. A Vue port keeps it in the tentative buffer of the id's
 * variable (start_tentative("spec") ... commit_tentative("spec")). */
/* @@nosort */
#pragma D option quiet
#pragma D option nspec=16

syscall::openat:entry
/execname == "cat"/
{
	self->spec = speculation();
	self->path = copyinstr(arg1);
	speculate(self->spec);
	printf("openat(\"%s\")", self->path);
}

syscall::openat:return
/self->spec/
{
	speculate(self->spec);
	printf(" = %d, errno %d\n", (int)arg0, errno);
}

syscall::openat:return
/self->spec && errno != 0 && self->path == "/nonexistent-xtrace"/
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

END
{
	printf("done\n");
}
