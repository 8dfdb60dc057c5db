#pragma D option quiet

/* zonecalls.d's trunc(@, TOP + 1): the count a constant expression of an inline */
inline int TOP = 1;

BEGIN
{
	@a[1] = sum(10);
	@a[2] = sum(30);
	@a[3] = sum(20);
	@a[4] = sum(5);
	trunc(@a, TOP + 1);
	printa("%d %@d\n", @a);
	exit(0);
}
