/* ptree(): the probed process between its ancestors (the sandbox runs the -X
 * command from a shell started by init) and its descendants; ptree(1) stops at
 * its children, ptree(0) at itself. The filter hides the pids. */
@@syscall:*:sync:entry
when (__pname == "python3")
{
	ptree(-1);
	ptree(1);
	ptree(0);
	exit();
}
