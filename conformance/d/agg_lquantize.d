/* @@nosort */
#pragma D option quiet

BEGIN
{
	@ = lquantize(1, 0, 10, 2);
	@ = lquantize(3, 0, 10, 2);
	@ = lquantize(3, 0, 10, 2);
	@ = lquantize(5, 0, 10, 2);
	@ = lquantize(11, 0, 10, 2);
	exit(0);
}
