/* An AIX module field: "function foo in the shr.o module in any archive named
 * libc.a" (IBM's uft page). On Linux the archive member is libc's shared object. */
@@uft:$__CPID:libc.a(shr_64.o):sync:entry
{
	printf("sync() in libc.a(shr_64.o) called\n");
}

/* a whole archive: foo in any of its members */
@@uft:$__CPID:libc.a:sync:exit
{
	printf("sync() in libc.a returned\n");
}
