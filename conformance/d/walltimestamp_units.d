/* The wall clock in seconds, milliseconds and microseconds, the unit written
   as people write it (a product) or as its value. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", walltimestamp / (1000 * 1000 * 1000) > 1500000000,
	    walltimestamp / 1000000 > 1500000000000, walltimestamp / 1000 > 1500000000000000);
	exit(0);
}
