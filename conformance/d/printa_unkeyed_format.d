#pragma D option quiet

BEGIN
{
	@total = sum(40);
	@total = sum(2);
	printa("total %@d\n", @total);
	exit(0);
}
