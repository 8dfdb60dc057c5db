/* @@nosort */
#pragma D option quiet

BEGIN
{
	@ = llquantize(20, 10, 0, 2, 10);
	@ = llquantize(25, 10, 0, 2, 10);
	@ = llquantize(50, 10, 0, 2, 10);
	exit(0);
}
