#pragma D option quiet

/* one clause on BEGIN and a tick: each hit names its own probe */
BEGIN, profile:::tick-100ms
{
	printf("[%s][%s][%s][%s]\n", probeprov, probemod, probefunc, probename);
	n++;
}

profile:::tick-100ms
/n == 2/
{
	exit(0);
}
