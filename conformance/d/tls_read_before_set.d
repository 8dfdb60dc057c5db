/* A thread-local exists where it is first named: the return clause written
   before the entry clause that sets self->ts compiles, as in DTrace, and an
   unset one reads 0 (self->n++ starts from it). cat's main reads the file
   twice (its text, then end of file); ld.so's read of libc's header is made
   before main, untraced under dtrace -c's default evaltime=postinit. */
#pragma D option quiet

syscall::read:return
/self->ts && pid == $target/
{
	@reads = count();
	self->ts = 0;
}

syscall::read:entry
/pid == $target/
{
	self->ts = timestamp;
}

BEGIN
{
	self->n++;
	printf("unset %d, incremented %d\n", self->never, self->n);
}

END
{
	printa("timed reads: %@d\n", @reads);
}
