/* @@nosort */
/* Not quiet, every aggregation empty: the exit dump prints nothing after BEGIN's
   probe line (no record to walk). */
tick-1h
{
	@never[probename] = count();
	@nokey = count();
}

BEGIN
{
	exit(0);
}
