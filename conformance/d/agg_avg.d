/* avg is the integer quotient of the sum by the count. */
#pragma D option quiet

BEGIN
{
	@a = avg(1);
	@a = avg(2);
	@a = avg(4);
	exit(0);
}
