double d;
@@BEGIN
{
	d = 1.5;
	d = d * 2;
	exit();
}
