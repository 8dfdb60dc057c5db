/* @@nosort */
#pragma D option quiet

BEGIN
{
	@["pos"] = sum(3);
	@["neg"] = sum(-5);
	exit(0);
}
