/* proc:::signal-send reading only what stap's signal.send alias has a variable
   for (args[2] its sig, args[1]->pr_fname its pid_name, args[1]->pr_pid its
   sig_pid): the stap port is a probe on signal.send reading them. */
#pragma D option quiet

proc:::signal-send
/args[2] == SIGUSR1/
{
	printf("%s -> %s sig=%d self=%d\n", execname, args[1]->pr_fname, args[2],
	    args[1]->pr_pid == pid);
}
