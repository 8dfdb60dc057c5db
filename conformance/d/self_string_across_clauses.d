/* @@nosort */
#pragma D option quiet

BEGIN
{
	self->s = "abc";
	self->n = 5;
}

BEGIN
{
	self->n *= 3;
	self->n--;
	printf("%s %d %d\n", self->s, strlen(self->s), self->n);
	exit(0);
}
