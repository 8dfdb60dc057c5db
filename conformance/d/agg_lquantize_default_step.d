/* The step defaults to 1; below the base is the < row. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@ = lquantize(-5, 1, 10);
	@ = lquantize(2, 1, 10);
	exit(0);
}
