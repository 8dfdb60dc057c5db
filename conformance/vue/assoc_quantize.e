/* quantize(): each element with a bar linear in its value's power of two,
 * the largest 40 wide; lquantize(): linear in the value's base-2 logarithm */
@@BEGIN
{
	sizes["big"] = 1000;
	sizes["mid"] = 100;
	sizes["one"] = 1;
	sizes["zero"] = 0;
	quantize(sizes);
	lquantize(sizes);
	exit();
}
