#pragma D option quiet

/*
 * dilt.d's `this->ts = ts[arg0]`: a global array, a thread-local and a
 * clause-local of one name are three variables in D.
 */
BEGIN
{
	ts[1] = 10;
	n = 5;
	self->ts = 20;
	self->n = 6;
}

BEGIN
/this->ts = ts[1]/
{
	this->n = n + self->n;
	printf("%d %d %d %d\n", this->ts, self->ts, this->n, n);
	exit(0);
}
