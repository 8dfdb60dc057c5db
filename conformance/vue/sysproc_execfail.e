/* execfail fires in the process whose exec failed: the shell's child, before it
   reports "not found" */
@@sysproc:execfail:*
	when (__pname == "sh")
{
	printf("exec failed in %s: errno %d\n", __pname, __errno);
	exit();
}
