/* Thread-local associative arrays: self->n[fd] is one array per thread.
   dd reads /dev/zero (reopened as its fd 0) one byte at a time, three times. A
   thread that never stored an element reads 0, so the second clause fires in
   dd's thread only; a missing element reads 0 (or ""), storing 0 frees one,
   and the global n is another variable than self->n. */
#pragma D option quiet

int n;

BEGIN
{
	n = 100;
}

syscall::read:entry
/execname == "dd" && arg0 == 0/
{
	self->n[arg0]++;
	self->bytes[arg0] += arg2;
	self->who[arg0, "name"] = execname;
}

syscall::read:entry
/self->n[arg0] == 2/
{
	printf("second read on fd %d\n", arg0);
}

syscall::exit_group:entry
/self->n[0]/
{
	printf("%d reads of fd 0, %d bytes asked, by %s\n", self->n[0], self->bytes[0],
	    self->who[0, "name"]);
	printf("fd 5: %d reads, [%s]\n", self->n[5], self->who[5, "name"]);
	self->n[0] = 0;
	printf("after the free: %d\n", self->n[0]);
	printf("global n = %d\n", n);
}
