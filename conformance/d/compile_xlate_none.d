/* No translator from a string to struct info (dt_cook_op2: D_XLATE_NONE). */
struct info {
	int lo;
};

translator struct info < int N > {
	lo = N & 0xff;
};

BEGIN
{
	trace(xlate <struct info *>(execname)->lo);
}
