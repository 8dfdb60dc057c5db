/* vtimestamp: the nanoseconds the current thread has run on a CPU; it only
   grows, and a thread that has run a system call has run for a while. */
#pragma D option quiet

syscall::read:entry
/pid == $target/
{
	self->v = vtimestamp;
}

syscall::read:return
/self->v/
{
	@mono = min(vtimestamp >= self->v);
	@pos = min(self->v > 0);
	self->v = 0;
}

END
{
	printa("monotonic %@d\n", @mono);
	printa("positive %@d\n", @pos);
}
