/* A tick's macro argument given with its unit: tick-$1 run with 100ms is
   tick-100ms (acdha/unix_tools' syscalls.d, `syscalls.d 10s PID`). A port
   takes the period the argument gives (stap's timer.ms(100)), not a rate
   argument, which would read "100ms" as a number of hertz. */
#pragma D option quiet

tick-$1
/++n == 3/
{
	printf("three ticks\n");
	exit(0);
}
