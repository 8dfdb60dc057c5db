/* a process-specific (profiling) interval probe fires while that process runs,
   on any CPU: here the busy -X shell */
@@interval:$__CPID:clock:10
{
	printf("sampled %s\n", __pname);
	exit();
}
