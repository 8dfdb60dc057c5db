@@BEGIN
{
	probev_timestamp_t t1;
	probev_timestamp_t t2;
	t1 = timestamp();
	t2 = timestamp();
	printf("%d %d\n", diff_time(t1, t2, MICROSECONDS) >= 0, diff_time(t1, t2, MILLISECONDS) < 1000);
	exit();
}
