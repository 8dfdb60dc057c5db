/* substr() out of range, DTrace's rules: an index past the end gives "",
 * a negative index counts from the end (clipped at the start, eating into
 * the length), a negative length stops that many characters before the end. */
#pragma D option quiet

BEGIN
{
	printf("[%s][%s][%s][%s][%s][%s]\n", substr("hello", 10), substr("hello", -10),
	    substr("hello", -10, 7), substr("hello", 1, -1), substr("hello", 0, 0),
	    substr("hello", -2, 1));
	exit(0);
}
