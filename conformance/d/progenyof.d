/* progenyof(pid): 1 when the current process is pid or descends from it.
   The -c command is a shell that forks sync: sync descends from $target, from
   itself, from init and from pid 0; END fires in the tracer, which does not
   descend from the command it started. */
#pragma D option quiet

syscall::sync:entry
/execname == "sync"/
{
	printf("sync target %d self %d init %d zero %d none %d\n", progenyof($target),
	    progenyof(pid), progenyof(1), progenyof(0), progenyof(-1));
}

END
{
	printf("end target %d\n", progenyof($target));
}
