/* pr_psargs holds at most PRARGSZ - 1 (79) characters of the arguments, as
   Solaris keeps them in the process (u_psargs). */
#pragma D option quiet

proc:::exec-success
/pid == $target/
{
	printf("[%s] %d\n", curpsinfo->pr_psargs, strlen(curpsinfo->pr_psargs));
	exit(0);
}
