/* @@nosort */
/* The width and flags of a %@ conversion, with the @ before or after them (dt_printf reads @ as one more flag); a quantization ignores them and prints its block. */
#pragma D option quiet
BEGIN
{
	@c["a"] = count(); @c["a"] = count();
	@s["a"] = sum(-5);
	@mn["a"] = min(3); @mn["a"] = min(-9);
	@mx["a"] = max(3); @mx["a"] = max(12);
	@av["a"] = avg(4); @av["a"] = avg(7);
	@q["a"] = quantize(3);
	printa("%-8s|%@8d|\n", @c);
	printa("%-8s|%@-10u|\n", @c);
	printa("%-8s|%5@d|\n", @s);
	printa("%-8s|%@+6d|\n", @mn);
	printa("%-8s|%-@6d|\n", @mx);
	printa("%-8s|%@06d|\n", @av);
	printa("%-8s|%@8d|\n", @q);
	exit(0);
}
