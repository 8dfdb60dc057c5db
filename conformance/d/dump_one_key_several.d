/* @@nosort */
/* An aggregation whose every update names one constant key has one row: the exit
   dump of several such and a keyless one prints dtrace's one blank line before
   the rows (dtrace.c main()), none between two aggregations, as any dump does. */
#pragma D option quiet

BEGIN
{
	@a["x"] = count();
	@b["y"] = sum(5);
	@c = count();
	exit(0);
}
