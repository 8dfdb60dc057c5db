BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	speculate(self->spec);
	exit(0);
}
