/* @@nosort */
#pragma D option quiet

BEGIN
{
	@c["ab"] = sum(7);
	@c["c"] = sum(100);
	printa("[%-4s][%5@d]\n", @c);
	exit(0);
}
