/* @@nosort */
#pragma D option quiet

BEGIN
{
	@a["x"] = avg(10);
	@a["x"] = avg(20);
	@a["y"] = avg(1);
	@m["x"] = max(3);
	@m["y"] = max(8);
	exit(0);
}
