/* forkfail fires in the process whose fork failed: with RLIMIT_NPROC at 0 an
   unprivileged shell cannot fork (EAGAIN, 11) */
@@sysproc:forkfail:*
	when (__pname == "sh")
{
	printf("fork failed in %s: errno %d\n", __pname, __errno);
	exit();
}
