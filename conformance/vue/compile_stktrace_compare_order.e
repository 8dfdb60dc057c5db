/* IBM: only == and != compare stktrace_t values */
stktrace_t t1, t2;
@@BEGIN
{
	t1 = get_stktrace(-1);
	t2 = t1;
	if (t1 < t2)
		printf("less\n");
	exit();
}
