/* Not quiet, exit() in the block before an `if`: exit() makes the session
   DRAINING and dtrace_probe() runs no later ECB of the firing, so the if-body (a
   sub-clause of its own: dt_sugar.c) does not run. The block's own record, the
   exit's, is framed. */
/* @@nosort */
BEGIN
{
	printf("bye");
	exit(0);
	if (1) {
		printf("not printed");
	}
}
