/* A non-quiet clause on a probe a macro argument names (yurivict's
   syscall-failures.d: syscall::$$1:return): its probe line is the argument's
   system call, `openat:return`, and its ID the one that system call has in the
   session, the only one the script names (4 and 5, the tick's after them). A
   translation keeps the argument and prints its text in the line. */
syscall::$$1:return
/execname == "cat" && errno != 0/
{
	printf("errno=%d", errno);
}

tick-1s
{
	exit(0);
}
