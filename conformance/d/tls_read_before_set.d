/* A thread-local exists where it is first named: the return clause written
   before the entry clause that sets self->ts compiles, as in DTrace, and an
   unset one reads 0 (self->n++ starts from it). */
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
