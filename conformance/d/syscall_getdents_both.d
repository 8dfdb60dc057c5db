/* syscall::getdents and ::getdents64 in one clause: stap's syscall.getdents
   fires for both (its tapset has no syscall.getdents64), so each call counts
   once, and probefunc names the kernel's syscall. ls reads a small directory
   with getdents64 until it returns 0: two calls. */
#pragma D option quiet

syscall::getdents:entry, syscall::getdents64:entry
/pid == $target/
{
	calls++;
}

syscall::getdents:entry, syscall::getdents64:entry
/pid == $target/
{
	@byname[probefunc] = count();
}

END
{
	printf("calls %d\n", calls);
	printa("%s %@d\n", @byname);
}
