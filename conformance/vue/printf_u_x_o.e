@@BEGIN
{
	int v;
	v = 255;
	printf("%u %x %X %o\n", v, v, v, v);
	exit();
}
