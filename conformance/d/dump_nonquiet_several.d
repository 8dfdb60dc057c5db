/* @@nosort */
/* Not quiet: BEGIN's record, then the one "\n" dtrace prints after the last record,
   then both aggregations' rows with no line between them. */
BEGIN
{
	printf("hello");
	@count = count();
	@bytes["x"] = sum(2);
	exit(0);
}
