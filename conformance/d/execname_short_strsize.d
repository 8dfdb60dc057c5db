/* execname where strsize (here 7) is shorter than the kernel's comm buffer
   (16 bytes): the name is cut to a string's room, and the strings beside it
   keep their values (the comm buffer was copied whole, over the string after
   it, and this->before read ""). */
#pragma D option quiet
#pragma D option strsize=7

syscall::openat:entry
/execname == "basenam"/
{
	this->before = "before";
	this->name = execname;
	this->after = "after";
	printf("%s %s %s %d\n", this->before, this->name, this->after, strlen(this->name));
	exit(0);
}
