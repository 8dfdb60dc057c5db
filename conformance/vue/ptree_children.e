/* ptree(): the probed process between its ancestors (the -X command's shell is
 * a child of the guest's pid 1, the tracer, named probevue for the session) and
 * its descendants; ptree(1) stops at its children, ptree(0) at itself. */
@@syscall:*:sync:entry
when (__pname == "python3")
{
	ptree(-1);
	ptree(1);
	ptree(0);
	exit();
}
