#pragma D option quiet

BEGIN
{
	x = 5;
	x++;
	++x;
	x--;
	printf("%d ", x);
	x += 10;
	printf("%d ", x);
	x -= 4;
	printf("%d ", x);
	x *= 3;
	printf("%d ", x);
	x /= 2;
	printf("%d ", x);
	x %= 7;
	printf("%d ", x);
	x <<= 3;
	printf("%d ", x);
	x >>= 1;
	printf("%d ", x);
	x |= 1;
	printf("%d ", x);
	x &= 6;
	printf("%d ", x);
	x ^= 15;
	printf("%d\n", x);
	exit(0);
}
