/* D has a logical exclusive or, ^^. */
#pragma D option quiet

BEGIN
{
	t = 1;
	f = 0;
	printf("%d %d %d %d %d %d\n", t && f, t || f, !f, !t, t ^^ t, t ^^ f);
	exit(0);
}
