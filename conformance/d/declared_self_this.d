/* Thread-local and clause-local variables declared with a type keep it:
   an int holds 32 bits, a char 8 (both signed), as C would convert. */
#pragma D option quiet

self int n;
this char c;

BEGIN
{
	self->n = 0x1ffffffff;
	this->c = 300;
	printf("%d %d\n", self->n, this->c);
	self->n = 0x80000000;
	this->c = 0x80;
	printf("%d %d\n", self->n, this->c);
	exit(0);
}
