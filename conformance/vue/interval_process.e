/* a process-specific (profiling) interval probe fires while that process runs,
   on any CPU: here the busy -X shell (`exec`: a shell line's $__CPID is the
   line's own shell, which only waits for its children) */
@@interval:$__CPID:clock:10
{
	printf("sampled %s\n", __pname);
	exit();
}
