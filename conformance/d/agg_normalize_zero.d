/* normalize(@, 0): DTrace's consumer cannot divide an element by 0. Its
   aggregation walk fails on the first element (EDT_BADRVAL) and dtrace stops
   with "processing aborted" and status 1: nothing recorded after the
   normalize() is printed, neither END's output nor the aggregations
   (dtrace prints them at its exit). An
   aggregation with no elements has nothing to divide: no error.
   @@nosort */
#pragma D option quiet

BEGIN
/1 == 2/
{
	@none = count();
}

BEGIN
{
	@a = count();
	normalize(@none, 0);
	printf("empty aggregation: no error\n");
	normalize(@a, 0);
	printf("after normalize\n");
	exit(0);
}

END
{
	printf("end\n");
}
