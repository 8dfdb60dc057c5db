#pragma D option quiet
BEGIN
{
	@c["b"] = count();
	@c["a"] = count();
	@c["b"] = count();
	@s["x"] = sum(10);
	@s["y"] = sum(5);
	exit(0);
}
