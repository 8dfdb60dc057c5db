/* @@nosort */
/* dtrace's exit dump leaves out an aggregation a printa() has printed a row of:
   the tick prints @reads and ends the run, so @reads is not printed again at
   exit (its rows are still there); @other, which no printa prints, is. */
#pragma D option quiet

int done;

BEGIN
{
	@reads["begin"] = count();
	@other["other"] = count();
}

tick-10ms
/!done/
{
	done = 1;
	printa(@reads);
	exit(0);
}

END
{
	printf("END\n");
}
