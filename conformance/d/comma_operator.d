/* D's comma operator (dt_grammar.y's `expression`): the operands are
   evaluated left to right and the last one is the value, in a predicate, a
   statement and parentheses. kdavyd/dtrace's trussrw.d tests `/i > 0, pid ==
   $1/`, which is `pid == $1`: the first clause below runs although its left
   operand is false, the second does not although its left one is true. */
/* @@nosort */
#pragma D option quiet

BEGIN
{
	i = 3;
	j = (i, i * 10);
	x = 1, y = 2;
	printf("%d %d %d %d\n", i, j, x, y);
}

BEGIN
/i > 100, j == 30/
{
	printf("left operand discarded\n");
}

BEGIN
/j == 30, i > 100/
{
	printf("not printed\n");
}

BEGIN
{
	exit(0);
}
