/* Not quiet, a clause with an `if`: each basic block that records is a record of
   its own (dt_sugar.c cuts the clause into sub-clauses, one ECB each), framed by
   its own probe line. The block before the `if` prints at each firing, the
   if-body's and the nested if's blocks when taken, and the else-body's block
   that only assigns, and the block after the `if` (n++), print nothing. */
/* @@nosort */
BEGIN
{
	n = 0;
	m = 0;
}

tick-10ms
/n < 3/
{
	printf("a%d", n);
	if (n == 1) {
		printf("b");
	} else {
		m = n;
		if (n == 2) {
			printf("c%d", m);
		}
	}
	n++;
}

tick-10ms
/n == 3/
{
	exit(0);
}
