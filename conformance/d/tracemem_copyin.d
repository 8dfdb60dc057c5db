/* tracemem() of a user buffer copied in: DTrace's hex dump, the 3-argument
 * form showing only the bytes the write passes (arg2) of the 32 copied. */
/* @@nosort */
#pragma D option quiet

syscall::write:entry
/execname == "echo"/
{
	tracemem(copyin(arg1, 32), 32, arg2);
	exit(0);
}
