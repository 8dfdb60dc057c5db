/* @@nosort */
#pragma D option quiet

BEGIN
{
	@["read", 3] = count();
	@["write", 1] = count();
	@["write", 1] = count();
	exit(0);
}
