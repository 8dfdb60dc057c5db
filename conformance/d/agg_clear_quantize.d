/* clear() of a distribution keeps its keys, every bucket 0, printed as the rows around 0 (quantize) or the base (lquantize), and counts again from 0 (DTraceToolkit's whichCPU.d: printa then clear each tick). */
/* @@nosort */
#pragma D option quiet

int n;

BEGIN
{
	@q["a"] = quantize(3);
	@q["a"] = quantize(5);
	@l = lquantize(12, 10, 20, 5);
}

tick-1s
/n == 0/
{
	clear(@q);
	clear(@l);
	printa(@q);
	printa(@l);
}

tick-1s
/n == 1/
{
	@q["a"] = quantize(64);
	@l = lquantize(17, 10, 20, 5);
}

tick-1s
/n == 2/
{
	printa(@q);
	printa(@l);
	exit(0);
}

tick-1s
{
	n++;
}
