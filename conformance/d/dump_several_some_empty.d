/* @@nosort */
/* dtrace prints one "\n" after the last record (dtrace.c main()), then its exit dump
   (dtrace_aggregate_print) walks the rows of every aggregation left, in the order the
   program names them, with no line between two aggregations; @never and @none, which
   nothing filled, have no row and print nothing. */
#pragma D option quiet

tick-1h
{
	@never["never"] = count();
	@none = sum(1);
}

BEGIN
{
	@first = count();
	@second["b"] = sum(20);
	@second["a"] = sum(10);
	@third = max(7);
	exit(0);
}
