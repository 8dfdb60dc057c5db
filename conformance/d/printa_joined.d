/* One printa of two aggregations joins their rows on the key. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@n["x"] = count();
	@n["y"] = count();
	@n["y"] = count();
	@t["x"] = sum(5);
	@t["y"] = sum(7);
	printa("%s %@d %@d\n", @n, @t);
	exit(0);
}
