@@BEGIN
{
	__pid = 3;
}
