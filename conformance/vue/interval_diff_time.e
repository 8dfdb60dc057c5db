probev_timestamp_t start;
@@BEGIN
{
	start = timestamp();
}

@@interval:*:clock:200
{
	long long ms;
	ms = diff_time(start, timestamp(), MILLISECONDS);
	printf("%d\n", ms >= 150 && ms < 5000);
	exit();
}
