/* `this char *buf`: a clause-local pointer variable holding scratch space from
   alloca(), filled by copyinto() with openat()'s path and its NUL; stringof()
   reads the string it points to and `*` the char. */
#pragma D option quiet

this char *buf;

syscall::openat:entry
/execname == "cat" && copyinstr(arg1) == "/etc/hostname"/
{
	this->buf = alloca(32);
	copyinto(arg1, 14, this->buf);
	printf("%s %c %d\n", stringof(this->buf), *this->buf, *this->buf);
	exit(0);
}
