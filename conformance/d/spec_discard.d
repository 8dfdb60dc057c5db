/* A discarded speculation prints nothing; the id can be had again after it. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	speculate(self->spec);
	printf("never printed\n");
}

BEGIN
{
	discard(self->spec);
}

BEGIN
{
	printf("discarded\n");
	self->again = speculation();
	printf("speculation() after discard: %d\n", self->again);
	exit(0);
}
