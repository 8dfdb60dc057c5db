/* curpsinfo and curlwpsinfo: the current process and thread as DTrace's
   psinfo_t and lwpsinfo_t. pr_psargs is the argument list joined by spaces.
   The -c command is env: dtrace holds it at its exec before enabling the
   probes, so env's exec-success is not seen, only true's (env's is left out:
   stap's -c command execs once the probes are armed). */
#pragma D option quiet

proc:::exec-success
/pid == $target && execname != "env"/
{
	printf("exec %s: %s\n", curpsinfo->pr_fname, curpsinfo->pr_psargs);
	printf("pid %d ppid %d uid %d gid %d\n", curpsinfo->pr_pid == pid,
	    curpsinfo->pr_ppid == ppid, curpsinfo->pr_uid == uid, curpsinfo->pr_gid == gid);
	printf("lwp %d name %d onpro %d\n", curlwpsinfo->pr_lwpid == tid,
	    curlwpsinfo->pr_name == execname, curlwpsinfo->pr_onpro == cpu);
	printf("pgid %d sid %d\n", curpsinfo->pr_pgid > 0, curpsinfo->pr_sid > 0);
}
