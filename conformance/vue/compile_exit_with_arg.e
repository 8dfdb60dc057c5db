@@BEGIN
{
	exit(1);
}
