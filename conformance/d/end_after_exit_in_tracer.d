/* After exit(), dtrace's consumer stops the session (dtrace_stop()), and END
   fires in that call: in dtrace's own process, as BEGIN does, whatever probe
   called exit(). Its execname is "dtrace" and its pid $pid. */
#pragma D option quiet

BEGIN
{
	printf("BEGIN %d %d\n", execname == "dtrace", pid == $pid);
}

tick-20ms
{
	exit(0);
}

END
{
	printf("END %d %d\n", execname == "dtrace", pid == $pid);
}
