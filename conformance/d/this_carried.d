/* D keeps a this-> variable from clause to clause of one probe hit: the later
   clauses read, in their predicates too, what an earlier one set (the DTrace
   book's soconnect.d sets this->s and this->f in one clause for the next). */
#pragma D option quiet

syscall::openat:entry
/execname == "cat"/
{
	this->path = arg1;
	this->n = 40;
}

syscall::openat:entry
/execname == "cat" && this->n == 40 && copyinstr(this->path) == "/etc/hostname"/
{
	this->n++;
	printf("second %d\n", this->n + 1);
}

syscall::openat:entry
/execname == "cat" && this->n == 41/
{
	printf("third %d %s\n", this->n, copyinstr(this->path));
	exit(0);
}
