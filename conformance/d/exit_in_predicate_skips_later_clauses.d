/* @@nosort */
/* An exit() under an if drains the session as one a clause calls outright: the
   next clause of the same tick does not run, and neither does the rest of its
   own clause, the printf after the if, which libdtrace's dt_sugar.c makes a
   clause (an ECB) of its own. The clauses pass ticks to each other, so the stap
   and Vue ports run them as one probe, which must end at the exit() of the
   third tick. */
#pragma D option quiet

int ticks;
int n;

tick-10ms
{
	ticks++;
}

tick-10ms
/ticks >= 2/
{
	if (ticks == 3) {
		exit(0);
	}
	printf("rest ran ticks=%d\n", ticks);
}

tick-10ms
{
	n += 10;
	printf("second n=%d ticks=%d\n", n, ticks);
}

END
{
	printf("end ticks=%d n=%d\n", ticks, n);
}
