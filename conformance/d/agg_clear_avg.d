/* clear() of an avg() keeps its keys, each printed with 0 (libdtrace's average of
   no values) until a value comes again; trunc() drops them. */
#pragma D option quiet

BEGIN
{
	@a["x"] = avg(10);
	@a["x"] = avg(20);
	printa("%s %@d\n", @a);
	clear(@a);
	printa("%s %@d\n", @a);
	@a["y"] = avg(4);
	printa("%s %@d\n", @a);
	@a["x"] = avg(9);
	printa("%s %@d\n", @a);
	trunc(@a);
	@a["z"] = avg(1);
	printa("%s %@d\n", @a);
	exit(0);
}
