/* 32-bit keys print as %8d; rows sort by value. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@[1] = count();
	@[1] = count();
	@[2] = count();
	@[3] = count();
	@[3] = count();
	@[3] = count();
	exit(0);
}
