__auto int a;
@@BEGIN
{
	a = 1;
}
