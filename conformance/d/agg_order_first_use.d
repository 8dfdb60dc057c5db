/* Aggregations print in the order the program names them. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@zed = sum(1);
	@alpha = sum(2);
	exit(0);
}
