/* Not quiet, a BEGIN clause whose block before the `if` only assigns: it records
   nothing and prints nothing; the if-body's block and the block after the `if`
   record, each framed by its own probe line. */
/* @@nosort */
BEGIN
{
	x = 1;
	if (x) {
		trace(1);
	}
	printf("end");
	exit(0);
}
