/* sched:::on-cpu fires in the thread that starts to run; off-cpu in the one
   that stops: an on-cpu/off-cpu pair brackets each time slice of `sleep`. */
#pragma D option quiet

int seen, offs;

sched:::on-cpu
/execname == "sleep" && !seen/
{
	seen = 1;
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}

sched:::on-cpu
/execname == "sleep"/
{
	self->on = 1;
}

sched:::off-cpu
/self->on/
{
	self->on = 0;
	offs++;
}

END
{
	printf("%s\n", offs > 0 ? "time slices seen" : "no time slice");
}
