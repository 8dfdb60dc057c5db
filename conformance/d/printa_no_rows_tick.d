/* @@nosort */
/* A printa() that finds no row prints its blank line (printa(@late)) or nothing
   (a format's rows) and does not take the aggregation from dtrace's exit dump:
   libdtrace flags an aggregation as printed in dt_print_aggs(), once per row it
   prints. The first tick prints both aggregations while they are empty; the third
   fills them; at exit each is printed, as if no printa() had (after the one blank
   line dtrace prints before its exit dump, none between the two). */
#pragma D option quiet

int n;

tick-10ms
/n == 2/
{
	@late["late"] = count();
	@total = sum(5);
}

tick-10ms
/n == 0/
{
	printa(@late);
	printa("total %@d\n", @total);
}

tick-10ms
/++n == 4/
{
	exit(0);
}
