/* Postfix yields the old value, prefix the new one. */
#pragma D option quiet

BEGIN
{
	x = 1;
	a = x++;
	b = ++x;
	printf("%d %d %d\n", a, b, x);
	exit(0);
}
