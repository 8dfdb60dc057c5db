/* @@nosort */
/* dtrace prints at exit each aggregation no printa() has printed a row of: which
   ones is known only as the run goes (libdtrace flags an aggregation when a
   printa prints one of its rows). The hourly tick never fires before cat ends,
   so @reads is printed at exit; @lines, printed by END's printa, is not again. */
#pragma D option quiet

syscall::read:entry
/pid == $target/
{
	@reads["read"] = count();
	@lines["lines"] = count();
}

tick-1h
{
	printa(@reads);
	trunc(@reads);
}

END
{
	printf("END\n");
	printa("%s %@d\n", @lines);
}
