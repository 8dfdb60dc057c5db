/* @@nosort */
#pragma D option quiet

syscall::sync:entry
/execname == "sync"/
{
	@[probefunc] = count();
}
