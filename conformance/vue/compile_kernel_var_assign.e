/* Kernel variables are read-only in Vue. */
__kernel int max_threads;

@@BEGIN
{
	max_threads = 5;
}
