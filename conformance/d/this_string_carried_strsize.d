/* A string this-> variable carried from clause to clause (this_string_carried)
   is a whole string of at most strsize characters, whatever the clauses store
   in it: the path copyinstr() reads and the strjoin() both stop at 10. */
#pragma D option quiet
#pragma D option strsize=10

syscall::openat:entry
/execname == "cat"/
{
	this->path = copyinstr(arg1);
	this->who = execname;
	this->tag = "none";
}

syscall::openat:entry
/execname == "cat" && this->path == "/etc/hostn"/
{
	this->tag = strjoin(this->who, "-hostname");
	this->n = strlen(this->path);
}

syscall::openat:entry
/execname == "cat" && this->tag == "cat-hostna"/
{
	printf("%s %s %d %s\n", this->who, this->path, this->n, this->tag);
	exit(0);
}
