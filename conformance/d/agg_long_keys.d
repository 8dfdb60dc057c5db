/* 64-bit keys print as %16lld. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@[(long long)7] = sum(3);
	@[(long long)-1] = sum(1);
	exit(0);
}
