/* The profile provider's rates: tick-N and profile-N take ns/nsec, us/usec,
   ms/msec, s/sec or hz, and a bare number is a rate in hz. tick-N fires on one
   CPU, profile-N on every CPU. Each 10-per-second probe is counted over the
   second before tick-1sec stops the run (timers drift: 8 to 11 firings). */
#pragma D option quiet

tick-100000000ns	{ ns++; }
tick-100000usec		{ us++; }
tick-100msec		{ ms++; }
tick-10hz		{ hz++; }
tick-10			{ bare++; }
profile-100ms		{ prof++; }

tick-1sec
{
	exit(0);
}

END
{
	printf("ns %d us %d ms %d hz %d bare %d\n", ns >= 8 && ns <= 11, us >= 8 && us <= 11,
	    ms >= 8 && ms <= 11, hz >= 8 && hz <= 11, bare >= 8 && bare <= 11);
	printf("profile %d\n", prof >= 8);
}
