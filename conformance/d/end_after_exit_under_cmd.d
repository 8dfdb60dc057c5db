/* exit() under -c: dtrace's consumer answers the exit record with dtrace_stop(),
   so END fires in dtrace's own process ($pid, execname "dtrace") while its
   command still runs, not in the command nor in any other process. */
#pragma D option quiet

tick-100ms
{
	exit(0);
}

END
{
	printf("END %d %d %d\n", execname == "dtrace", pid == $pid, pid != $target);
}
