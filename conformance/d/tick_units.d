#pragma D option quiet

profile:::tick-1sec
{
	printf("one second\n");
	exit(0);
}
