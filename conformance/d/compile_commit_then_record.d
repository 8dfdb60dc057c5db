BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	commit(self->spec);
	printf("recorded after commit\n");
}
