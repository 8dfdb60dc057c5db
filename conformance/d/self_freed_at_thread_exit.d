/* A thread's self-> variables end with it: 150 short-lived processes each set
   two and never clear them, in a table of 64 variables (dynvarsize). Were they
   kept after their threads exit, the table would be full long before the last
   command sets its own variable, and that store would be dropped. */
#pragma D option quiet
#pragma D option dynvarsize=512

syscall::execve:return
/execname == "true"/
{
	self->a = 1;
	self->b = 2;
	n++;
}

syscall::execve:return
/execname == "echo"/
{
	self->c = 42;
	printf("%d true, then echo's self->c = %d\n", n, self->c);
}
