/*
 * A line ending in a backslash goes on with the next (dt_lex.l discards
 * the pair in an expression): threaded.d continues its predicates so.
 */
#pragma D option quiet

BEGIN
/1 == 1 &&\
    2 == 2/
{
	printf("%d\n", 1 +\
	    2);
	exit(0);
}
