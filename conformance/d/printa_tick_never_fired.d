/* @@nosort */
/* dtrace prints at exit each aggregation no printa() has printed a row of: which
   ones is known only as the run goes (libdtrace flags an aggregation when a
   printa prints one of its rows). The hourly tick never fires before cat ends,
   so @writes is printed at exit; @lines, printed by END's printa, is not again.
   (cat's writes, not its reads: a port's stap traces the command from its exec,
   ld.so's read of libc too, where dtrace's evaltime=postinit starts at main) */
#pragma D option quiet

syscall::write:entry
/pid == $target/
{
	@writes["write"] = count();
	@lines["lines"] = count();
}

tick-1h
{
	printa(@writes);
	trunc(@writes);
}

END
{
	printf("END\n");
	printa("%s %@d\n", @lines);
}
