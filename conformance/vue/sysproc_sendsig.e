/* sysproc sendsig: the PID field names the process the signal is sent to */
@@sysproc:sendsig:$__CPID
when (__sigsendinfo->signo == 15)
{
	printf("signal %d to the command\n", __sigsendinfo->signo);
}
