/* setopt("aggsortkey") right before the only printa(), as Lucera's
   load_dist.d says it every interval: the rows come by key, not by the
   first aggregation's value (3 calls for key 1, 2 for key 2, 1 for key 3). */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	@calls[3] = count();
	@calls[1] = count();
	@calls[1] = count();
	@calls[1] = count();
	@calls[2] = count();
	@calls[2] = count();
	@bytes[3] = sum(300);
	@bytes[1] = sum(10);
	@bytes[2] = sum(2000);
}

BEGIN
{
	printf("%-4s %6s %8s\n", "KEY", "CALLS", "BYTES");
	setopt("aggsortkey");
	printa("%-4d %6@d %8@d\n", @calls, @bytes);
	exit(0);
}
