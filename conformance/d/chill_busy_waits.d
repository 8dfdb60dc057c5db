/* @@nosort */
/*
 * chill(ns) busy-waits in the probe (a destructive action): timestamp, which
 * otherwise holds still within a clause, is read again after it.
 */
#pragma D option quiet
#pragma D option destructive

BEGIN
{
	start = timestamp;
	chill(2000000);
	printf("chill(2 ms) waited 2 ms: %s\n", timestamp - start >= 2000000 ? "yes" : "no");
	exit(0);
}
