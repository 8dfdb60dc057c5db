/* pr_psargs holds at most PRARGSZ - 1 (79) characters of the arguments, as
   Solaris keeps them in the process (u_psargs). The -c command is env, whose
   own exec is behind it when the probes are enabled: echo's exec fires (env's
   is left out: a stap -c command execs once the probes are armed). */
#pragma D option quiet

proc:::exec-success
/pid == $target && execname != "env"/
{
	printf("[%s] %d\n", curpsinfo->pr_psargs, strlen(curpsinfo->pr_psargs));
	exit(0);
}
