/* offcpu fires in the thread leaving the CPU: sleep blocks in nanosleep */
@@sysproc:offcpu:$__CPID
	when (__pname == "sleep")
{
	printf("%s left the CPU\n", __pname);
	exit();
}
