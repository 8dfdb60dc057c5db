@@BEGIN
{
	foo(1);
}
