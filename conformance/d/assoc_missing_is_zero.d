/* An element never assigned reads as zero. */
#pragma D option quiet

BEGIN
{
	a["x"] = 1;
	printf("%d\n", a["nope"]);
	exit(0);
}
