/* @@nosort */
/* exit() drains the session at once: the next clause of the same tick does not
   run (dtrace_probe() passes over the enablings once the state is DRAINING), the
   rest of the clause that called it does. The clauses pass n to each other, so the
   stap and Vue ports run them as one probe: it must end after the first. */
#pragma D option quiet

int n;

tick-10ms
{
	n++;
	exit(0);
	printf("rest ran n=%d\n", n);
}

tick-10ms
{
	n += 10;
	printf("second n=%d\n", n);
}

END
{
	printf("end n=%d\n", n);
}
