probev_timestamp_t t0;
@@BEGIN
{
	t0 = timestamp();
	exit();
}

@@END
{
	printf("%d\n", diff_time(t0, timestamp(), MICROSECONDS) >= 0);
}
