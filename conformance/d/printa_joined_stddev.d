/*
 * printa() of several aggregations, one a stddev() (the DTrace book's
 * tcp_rwndclosed.d prints avg, stddev and count side by side): a row per key
 * of any of them, 0 where one lacks the key, sorted by the first's value.
 */
#pragma D option quiet

BEGIN
{
	@a["x"] = avg(10);
	@a["x"] = avg(20);
	@s["x"] = stddev(10);
	@s["x"] = stddev(20);
	@n["x"] = count();
	@n["x"] = count();
	@s["y"] = stddev(5);
	@n["y"] = count();
	exit(0);
}

END
{
	printa("%-4s %@6d %@6d %@6d\n", @a, @s, @n);
}
