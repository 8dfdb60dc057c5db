/* An expression statement whose ?: branches are actions runs the action of
   the branch taken; inline constants are constants for lquantize(). */
#pragma D option quiet
#pragma D option defaultargs

inline int LIMIT = 4 * 2;

BEGIN
{
	$1 ? printf("one\n") : printf("zero\n");
	$1 == 0 ? printf("%s\n", "taken") : trace("not taken");
	@q = lquantize(3, 0, LIMIT, LIMIT / 4);
	exit(0);
}
