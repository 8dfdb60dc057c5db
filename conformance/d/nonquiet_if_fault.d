/* Not quiet, a fault in an if-body: the if-body is an ECB of its own (dt_sugar.c),
   so the fault drops its record only; the block before the `if` has recorded and
   prints. The fault fires ERROR, whose sub-clause sets self->%error, and the block
   after the `if` does not run. The next clause runs. */
/* @@nosort */
BEGIN
{
	printf("before");
	if (1) {
		printf("lost");
		x = *(int *)0;
	}
	printf("after");
}

BEGIN
{
	printf("next");
	exit(0);
}
