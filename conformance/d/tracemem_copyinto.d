/* copyinto() fills scratch space from alloca(); tracemem() dumps it, and
 * stringof() of a copyin() buffer is its text. */
/* @@nosort */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	this->buf = alloca(5);
	copyinto(arg1, 5, this->buf);
	tracemem(this->buf, 5);
	printf("|%s|\n", stringof(copyin(arg1, 5)));
	exit(0);
}
