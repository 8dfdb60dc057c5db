/* D keeps a string this-> variable from clause to clause of one probe hit, as
   it keeps an integer one (this_carried): later clauses read, in their
   predicates too, the string an earlier clause stored and what a middle clause
   stored over it (the toolkit's wpm.d decodes a keystroke into this->key once
   and tests it in the clauses after). */
#pragma D option quiet

syscall::openat:entry
/execname == "cat"/
{
	this->path = copyinstr(arg1);
	this->who = execname;
	this->tag = "none";
}

syscall::openat:entry
/execname == "cat" && this->path == "/etc/hostname"/
{
	this->tag = strjoin(this->who, "-hostname");
	this->n = 42;
}

syscall::openat:entry
/execname == "cat" && this->tag == "cat-hostname"/
{
	printf("%s %s %d %s\n", this->who, this->path, this->n, this->tag);
	exit(0);
}
