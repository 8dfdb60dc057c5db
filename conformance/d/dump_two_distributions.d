/* @@nosort */
/* Two distributions in the exit dump (as the guide's countdown-quant.d): each row
   ends with the newline dt_print_aggs() prints after the block, which is the one
   blank line between them; the dump adds none of its own. */
#pragma D option quiet

BEGIN
{
	@q["first"] = quantize(8);
	@r["second"] = quantize(2);
	exit(0);
}
