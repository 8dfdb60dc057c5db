/* A clause that stores a this-> variable computed from itself reads the value
   an earlier clause of the same probe hit left in it, not an unset copy of its
   own: D's clause-locals are one set of variables for the whole hit, whichever
   clause assigns them (integers, strings, and compound assignments alike). */
#pragma D option quiet

syscall::openat:entry
/execname == "cat" && copyinstr(arg1) == "/etc/hostname"/
{
	this->x = 3;
	this->s = "a";
	this->k = 10;
}

syscall::openat:entry
/execname == "cat" && copyinstr(arg1) == "/etc/hostname"/
{
	this->x = this->x * 2;
	this->s = strjoin(this->s, "x");
	this->k += 5;
	this->s = strjoin(this->s, "y");
	printf("%d %s %d\n", this->x, this->s, this->k);
	exit(0);
}
