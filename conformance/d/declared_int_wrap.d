/* Stores into variables declared narrower than 64 bits convert as C does. */
#pragma D option quiet

int32_t n;
uint8_t c;
int16_t a[int];

BEGIN
{
	n = 0x7fffffff;
	n++;
	printf("%d\n", n);
	c = 250;
	c += 10;
	printf("%d\n", c);
	c = 0;
	c--;
	printf("%d\n", c);
	a[1] = 32767;
	a[1]++;
	printf("%d\n", a[1]);
	n = 5;
	x = n--;
	printf("%d %d\n", x, n);
	n = 0x100000005;
	printf("%d\n", n);
	exit(0);
}
