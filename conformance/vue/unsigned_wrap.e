@@BEGIN
{
	unsigned int u;
	short s;
	u = 0;
	u = u - 1;
	s = 32767;
	s++;
	printf("%u %d\n", u, s);
	exit();
}
