/* `id` is the probe's ID: 1, 2 and 3 for BEGIN, END and ERROR as in DTrace,
   and for the others the ID the prefix lines show. */
/* @@nosort */
BEGIN
{
	trace(id);
}

syscall::openat:entry
/execname == "cat"/
{
	trace(id);
	exit(0);
}

END
{
	trace(id);
}
