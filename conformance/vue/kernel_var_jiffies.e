/* A kernel variable read through its __kernel declaration: jiffies counts
 * clock ticks since boot, so it is past zero by the time the script runs. */
__kernel unsigned long jiffies;

@@BEGIN
{
	printf("%d\n", jiffies > 0);
	exit();
}
