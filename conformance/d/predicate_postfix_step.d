/* A counter stepped after its test in a predicate, the usual timeout
   (`tick-1sec /i++ >= 10/ { exit(0); }`, dtrace4linux's restest.d): the test
   reads the old value. Nothing else reads the counter, so a stap port steps it
   first and tests the new value (in an `if` condition the step would be no read,
   and stap would print the counter at the end). */
#pragma D option quiet

BEGIN
{
	start = timestamp;
}

tick-10ms
/i++ >= 3/
{
	printf("fired after the fourth tick: %d\n", (timestamp - start) >= 40000000);
	exit(0);
}
