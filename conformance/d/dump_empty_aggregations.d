/* @@nosort */
/* dtrace's exit dump (dtrace_aggregate_print) walks the aggregations' records: @never
   and @nokey, declared by clauses that never fire, have none and print nothing, not
   even the blank line a printa() of them prints; @has prints its blank line and row. */
#pragma D option quiet

tick-1h
{
	@never["never"] = count();
	@nokey = sum(1);
}

BEGIN
{
	@has["has"] = count();
	exit(0);
}
