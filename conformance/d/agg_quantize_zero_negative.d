/* Zero and negative values get their own buckets. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@ = quantize(0);
	@ = quantize(-1);
	@ = quantize(-3);
	exit(0);
}
