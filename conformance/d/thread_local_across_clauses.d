/* @@nosort */
#pragma D option quiet

BEGIN
{
	self->x = 10;
}

BEGIN
{
	printf("%d\n", self->x + 1);
	exit(0);
}
