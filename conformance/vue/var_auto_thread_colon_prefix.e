/* thread:NAME and auto:NAME name the class at a variable's first use, as
 * __thread and __auto declarations do (IBM's "Variables" page). */
@@syscall:*:sync:entry
	when (__pid == $__CPID)
{
	auto:a = 40;
	thread:t = thread:t + 1;
	printf("%d %d\n", auto:a + 2, thread:t);
}
