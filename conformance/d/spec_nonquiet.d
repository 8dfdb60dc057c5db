/* Not quiet: a speculative clause's probe prefix is part of the speculation,
 * printed when it is committed; commit() itself records nothing. */
/* @@nosort */
BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	speculate(self->spec);
	printf("speculated");
}

BEGIN
{
	commit(self->spec);
}

BEGIN
{
	exit(0);
}
