/* sysproc execpass: a successful exec, seen in the new program */
@@sysproc:execpass:*
when (__pname == "true")
{
	printf("exec %s\n", __pname);
}
