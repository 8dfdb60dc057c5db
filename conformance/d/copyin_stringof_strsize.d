/* stringof() of a copyin() buffer longer than a string holds: of echo's 301-byte
   write, DTrace's default strsize keeps 256 characters (gaultier/dtrace-tools'
   read_writes.d prints each read's and write's data this way). */
#pragma D option quiet

syscall::write:entry
/execname == "echo" && arg2 > 256/
{
	this->s = stringof(copyin(arg1, arg2));
	printf("%d %d <%s>\n", arg2, strlen(this->s), this->s);
	exit(0);
}
