/* oncpu fires in the thread coming onto the CPU: sleep wakes up after its nanosleep */
@@sysproc:oncpu:$__CPID
	when (__pname == "sleep")
{
	printf("%s is back on the CPU\n", __pname);
	exit();
}
