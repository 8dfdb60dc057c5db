/*
 * A CPU may chill() at most 500 ms of each second: a chill() past that is an
 * illegal operation, which ends its clause without waiting.
 */
#pragma D option quiet
#pragma D option destructive

BEGIN
{
	chill(600000000);
	printf("not reached\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
