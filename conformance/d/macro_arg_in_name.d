/* A macro argument inside a probe description's name: dtrace pastes the
   argument's text and keeps the rest of the field, so tick-$1ms run with 200 is
   tick-200ms. No translation can leave a rate open: translated with --arg 200
   (the matrix gives a case's arguments so), the port holds tick-200ms, and the
   $1 of the clause stays the port's argument. */
#pragma D option quiet

profile:::tick-$1ms
{
	printf("tick-%dms fired\n", $1);
	exit(0);
}
