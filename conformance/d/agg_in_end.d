/* Aggregations print after END's own output. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@ = count();
	exit(0);
}

END
{
	printf("end\n");
}
