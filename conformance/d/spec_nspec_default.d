/* nspec defaults to 1: a second speculation() while the first is active
 * returns 0, and dtrace reports the failed speculation. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	printf("Speculative buffer ID: %d\n", speculation());
	printf("Speculative buffer ID: %d\n", speculation());
	exit(0);
}
