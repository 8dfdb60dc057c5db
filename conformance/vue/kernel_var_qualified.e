/* __k:NAME reads the same kernel variable as its declared name; max_threads
 * (the limit /proc/sys/kernel/threads-max shows) is positive. */
__kernel int max_threads;

@@BEGIN
{
	printf("%d %d\n", __k:max_threads == max_threads, max_threads > 0);
	exit();
}
