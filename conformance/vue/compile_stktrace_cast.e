/* IBM: no type casting is allowed from or to stktrace_t */
stktrace_t t1;
@@BEGIN
{
	long x;
	t1 = get_stktrace(-1);
	x = (long)t1;
	exit();
}
