/* @@nosort */
/* As printa_tick_fired and printa_tick_never_fired, of aggregations without keys,
   which the Vue port prints too: the 10ms tick prints @fired and ends the run, the
   hourly one never fires, so @never is printed at exit and @fired is not again. */
#pragma D option quiet

int done;

BEGIN
{
	@fired = count();
	@never = sum(7);
}

tick-1h
{
	printa("never %@d\n", @never);
}

tick-10ms
/!done/
{
	done = 1;
	printa("fired %@d\n", @fired);
	exit(0);
}

END
{
	printf("END\n");
}
