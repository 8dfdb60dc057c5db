/* Under -c, dtrace stops the session when its command ends (dtrace_stop()),
   so END fires in dtrace's own process, the command's parent: its execname is
   "dtrace", its pid $pid, and the command's pid is $target, gone by then. */
#pragma D option quiet

END
{
	printf("END %d %d %d\n", execname == "dtrace", pid == $pid, pid != $target);
}
