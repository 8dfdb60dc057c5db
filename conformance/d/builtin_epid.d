/* epid numbers the enabled probes clause by clause in script order, each
   clause's probes by ID: BEGIN's is 1, the syscall clause's two come next
   (close before openat: close has the lower ID), END's is 4. */
#pragma D option quiet

BEGIN
{
	printf("BEGIN %d %d\n", id, epid);
}

syscall::openat:entry, syscall::close:entry
/execname == "cat"/
{
	seen[probefunc] = epid;
}

END
{
	printf("close %d openat %d END %d %d\n", seen["close"], seen["openat"], id, epid);
}
