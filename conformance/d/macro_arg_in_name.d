/* A macro argument inside a probe description's name: dtrace pastes the
   argument's text and keeps the rest of the field, so tick-$1ms run with 200 is
   tick-200ms. A translation keeps the argument where the target takes a period
   in milliseconds (stap's timer.ms($1), Vue's @@interval:*:clock:$1), and its port
   runs with the same one. */
#pragma D option quiet

profile:::tick-$1ms
{
	printf("tick-%dms fired\n", $1);
	exit(0);
}
