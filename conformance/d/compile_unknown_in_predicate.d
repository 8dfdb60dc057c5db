BEGIN
/z > 1/
{
	exit(0);
}
