/* A copyin() buffer kept in a clause-local variable: stringof() reads it,
 * tracemem() dumps it. */
/* @@nosort */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	this->buf = copyin(arg1, arg2);
	printf("<%s>", stringof(this->buf));
	tracemem(this->buf, 4);
	exit(0);
}
