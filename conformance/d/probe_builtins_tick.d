#pragma D option quiet

profile:::tick-100ms
{
	printf("[%s][%s][%s][%s]\n", probeprov, probemod, probefunc, probename);
	exit(0);
}
