/* BEGIN fires in the tracer, dtrace's own process (its dtrace_go() ioctl): its
   execname is "dtrace" and its pid $pid, so `/execname != "dtrace"/` is how a
   script leaves the tracer's own system calls out. */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", execname == "dtrace", pid == $pid);
	exit(0);
}
