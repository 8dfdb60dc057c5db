@@BEGIN
{
	unsigned int u;
	unsigned char b;
	u = 0;
	u = u - 1;
	b = 255;
	b += 2;
	printf("%u %d\n", u, b);
	exit();
}
