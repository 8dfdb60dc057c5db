/* Assigning 0 frees a thread-local: it reads back as 0, a string one as "". */
#pragma D option quiet

BEGIN
{
	self->n = 5;
	self->s = "hi";
	printf("[%d][%s]\n", self->n, self->s);
	self->n = 0;
	self->s = 0;
	printf("[%d][%s]\n", self->n, self->s);
	exit(0);
}
