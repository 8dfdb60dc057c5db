BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	speculate(self->spec);
	speculate(self->spec);
}
