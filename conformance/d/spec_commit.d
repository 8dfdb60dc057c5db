/* Records made after speculate() appear only when the speculation is committed,
 * in the order they were made; records outside it print at once. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	self->spec = speculation();
	printf("first, not speculative\n");
}

BEGIN
{
	speculate(self->spec);
	printf("speculative %d\n", 1);
}

BEGIN
{
	printf("second, not speculative\n");
}

BEGIN
{
	speculate(self->spec);
	printf("speculative %d\n", 2);
	trace("traced");
}

BEGIN
{
	commit(self->spec);
}

BEGIN
{
	printf("\nafter commit\n");
	exit(0);
}
