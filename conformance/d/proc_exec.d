/* proc:::exec fires in the process calling exec, before the new image is
   loaded (execname is still the caller's); args[0] is the path exec was
   given. exec-success fires once the new image runs. The -c command is env,
   which execs /bin/true: env's own exec-success is behind it when the probes
   are enabled (dtrace holds the command at its exec), then its exec, then
   true's exec-success (env's is left out: stap's -c command execs once the
   probes are armed). */
/* @@nosort */
#pragma D option quiet

proc:::exec
/pid == $target && execname == "env"/
{
	printf("exec %s -> %s\n", execname, args[0]);
}

proc:::exec-success
/pid == $target && execname != "env"/
{
	printf("exec-success %s\n", execname);
}
