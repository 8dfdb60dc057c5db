/* @@nosort */
#pragma D option quiet

BEGIN
{
	@c["x"] = count();
	@c["y"] = count();
	@c["y"] = count();
	printa("%s=%@d\n", @c);
	exit(0);
}
