/* normalize() divides what printa shows, denormalize() undoes it, clear()
   zeroes the values and keeps the keys (trunc() would drop them). */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@a["x"] = sum(10);
	@a["y"] = sum(30);
	normalize(@a, 10);
	printa(@a);
	denormalize(@a);
	printa(@a);
	clear(@a);
	printa(@a);
	exit(0);
}
