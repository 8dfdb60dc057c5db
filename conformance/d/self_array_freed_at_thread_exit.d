/* A thread's self-> associative arrays end with it, as its self-> scalars do.
   First a sleep stores an element and exits, and the next process is given
   the sleep's pid again (the command rewinds ns_last_pid): that is another
   thread, whose self->a is empty. Then 150 short-lived processes each store 16
   elements and exit without freeing them: were they kept, the 2400 elements
   would fill the array (MAXMAPENTRIES, 2048) before cat stores its own, and
   that store would fail. */
#pragma D option quiet

int last, n;

syscall::execve:return
/execname == "sleep"/
{
	self->a[1] = 1;
	last = pid;
}

syscall::execve:return
/execname == "echo"/
{
	printf("echo %s the sleep's pid, self->a[1] = %d\n",
	    pid == last ? "has" : "does not have", self->a[1]);
}

syscall::execve:return
/execname == "true"/
{
	n++;
	self->a[0] = 1;
	self->a[1] = 1;
	self->a[2] = 1;
	self->a[3] = 1;
	self->a[4] = 1;
	self->a[5] = 1;
	self->a[6] = 1;
	self->a[7] = 1;
	self->a[8] = 1;
	self->a[9] = 1;
	self->a[10] = 1;
	self->a[11] = 1;
	self->a[12] = 1;
	self->a[13] = 1;
	self->a[14] = 1;
	self->a[15] = 1;
}

syscall::execve:return
/execname == "cat"/
{
	self->a[7] = 42;
	printf("%d true, then cat's self->a[7] = %d\n", n, self->a[7]);
}
