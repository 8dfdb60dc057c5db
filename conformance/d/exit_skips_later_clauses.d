/* @@nosort */
/* exit() drains the session at once: a later clause of the same probe does not
   run (illumos dtrace_probe() skips every enabling once the state is DRAINING;
   dtrace-utils' clauses test the activity first), but END's clauses all run, and
   an exit() there sets the status again (COOLDOWN keeps it). */
#pragma D option quiet

BEGIN
{
	printf("one\n");
	exit(0);
}

BEGIN
{
	printf("two\n");
}

END
{
	printf("end1\n");
	exit(3);
}

END
{
	printf("end2\n");
}
