/* A clause whose records do not fit in specsize is dropped from the
 * speculation and counted; what fitted is still committed. */
/* @@nosort */
#pragma D option quiet
#pragma D option specsize=64

BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	speculate(self->spec);
	printf("%d\n", 7);
}

BEGIN
{
	speculate(self->spec);
	printf("%s\n", "a string far too long for sixty-four bytes of speculative buffer");
}

BEGIN
{
	commit(self->spec);
}

BEGIN
{
	exit(0);
}
