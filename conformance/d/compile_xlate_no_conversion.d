/* A member of the output struct that the translator does not convert
 * (dt_cook_op2: D_XLATE_NOCONV). */
struct info {
	int lo;
	int hi;
};

translator struct info < int N > {
	lo = N & 0xff;
};

BEGIN
{
	trace(xlate <struct info *>(3)->hi);
}
