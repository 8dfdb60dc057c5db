BEGIN
{
	self->spec = speculation();
}

BEGIN
{
	speculate(self->spec);
	printf("speculating\n");
	@counts["x"] = count();
}
