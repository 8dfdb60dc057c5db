/* A macro argument naming the system call of a probe description (the DTrace
   book's rwa.d style): run with `sync`, syscall::$1:entry is syscall::sync:entry.
   A translation keeps the argument (stap's syscall.$1, Vue's @@syscall:*:$1:entry),
   and its port runs with the same one. */
#pragma D option quiet

syscall::$1:entry
/execname == "sync"/
{
	printf("%s entered the system call\n", execname);
}

syscall::$1:return
/execname == "sync"/
{
	printf("%s returned %d\n", execname, arg0);
	exit(0);
}
