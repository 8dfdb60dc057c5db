#pragma D option quiet

/* a clause-local declared int64_t keeps its declared type when a small number is
   stored first: its shifts and products are 64-bit, as is what they are stored in */
this int64_t x;

BEGIN
{
	this->x = 5;
	this->y = this->x * 1000000000;
	printf("%d %d\n", this->y, this->x << 40);
	exit(0);
}
