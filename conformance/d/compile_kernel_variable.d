/* A backquoted kernel symbol reads a Solaris kernel variable (`mpid, the last
   pid given out): a clear error at its position, not a syntax error. */
#pragma D option quiet

profile:::tick-1sec
{
	printf("%d\n", `mpid);
}
