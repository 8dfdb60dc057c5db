/* A keyed distribution prints its key above the block. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@["k"] = quantize(8);
	exit(0);
}
