/*
 * An associative array a predicate reads before any clause assigns it: DTrace
 * creates the array at its first `name[...]` (iosnoop's `/!pending[dev]/`
 * clause written above the one that counts); an unset element reads 0.
 */
#pragma D option quiet

BEGIN
/!pending["sda"]/
{
	printf("idle %d\n", pending["sda"]);
}

BEGIN
{
	pending["sda"]++;
	pending["sda"]++;
}

BEGIN
/pending["sda"]/
{
	printf("busy %d\n", pending["sda"]);
	exit(0);
}
