#pragma D option quiet

/* vtimestamp is the thread's on-CPU nanoseconds: across a read(2) of 1 MiB of
   /dev/zero, which the thread spends zeroing its buffer in the kernel, it has
   grown (a difference, as scripts use it: its value and the time it takes
   depend on the machine). The .cmd's dd makes four such reads. */

syscall::read:entry
/execname == "dd" && arg2 == 1048576/
{
	self->reading = 1;
	self->v = vtimestamp;
}

syscall::read:return
/self->reading/
{
	@reads = count();
	@grew = sum(vtimestamp - self->v > 0 ? 1 : 0);
	self->reading = 0;
	self->v = 0;
}

END
{
	printa("reads %@d\n", @reads);
	printa("on-CPU time grew in %@d\n", @grew);
}
