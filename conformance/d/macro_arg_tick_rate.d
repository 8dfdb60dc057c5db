/* A macro argument as a tick's rate: tick-$1 run with 5 is tick-5, five times a
   second (D reads a bare number as hertz). stap keeps the argument (timer.hz($1));
   Vue's intervals are milliseconds, so its translation takes the value from
   --arg 5 (the matrix gives a case's arguments so) and holds 200 ms. */
#pragma D option quiet

tick-$1
{
	printf("%d ticks a second\n", $1);
	exit(0);
}
