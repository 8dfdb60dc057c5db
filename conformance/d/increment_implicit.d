/* A variable whose first use is ++ starts at 0. */
#pragma D option quiet

BEGIN
{
	n++;
	n++;
	++m;
	k--;
	printf("%d %d %d\n", n, m, k);
	exit(0);
}
