/* AIX's lbolt counts clock ticks since boot: on Linux it reads jiffies counted
   from boot (jiffies itself starts near 2^32, five minutes before wrapping). */
__kernel long long lbolt;
long long t1;

@@BEGIN
{
	t1 = lbolt;
	printf("%d\n", t1 > 0);
	printf("%d\n", t1 < 10000000);
}

@@interval:*:clock:200
{
	printf("%d\n", __k:lbolt > t1);
	exit();
}
