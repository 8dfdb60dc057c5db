/*
 * A variable and an aggregation of the same name: D keeps them apart (`ts[f]`
 * the start of a call, `@ts[f]` the time summed), as top-funs.d does.
 */
#pragma D option quiet

BEGIN
{
	ts["a"] = 5;
	@ts["a"] = sum(ts["a"]);
	@ts["b"] = sum(7);
	ts["a"] = 0;
	printa("%s %@d\n", @ts);
	exit(0);
}
