/* sysproc exit of the -X command: once, for the process */
@@sysproc:exit:$__CPID
{
	printf("exit %s\n", __pname);
}
