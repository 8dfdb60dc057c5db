/* @@nosort */
/* BEGIN's printa() finds @late empty (BEGIN fires before any other probe): it
   prints the blank line of printa's layout and no row, so @late, filled by the
   second tick, is printed again at exit (libdtrace flags an aggregation printed only
   for a row printed). */
#pragma D option quiet

int n;

tick-10ms
/++n == 2/
{
	@late["late"] = count();
	exit(0);
}

BEGIN
{
	printa(@late);
}
