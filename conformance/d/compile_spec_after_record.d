BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	printf("recorded first\n");
	speculate(self->spec);
}
