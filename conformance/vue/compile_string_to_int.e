@@BEGIN
{
	int x;
	x = "abc";
}
