@@BEGIN
{
	x = ;
}
