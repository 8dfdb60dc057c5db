/* a global stored and never read (as io5.e's x = __iobuf->bufid): ProbeVue prints
   nothing of it when the session ends */
@@sysproc:sendsig:*
{
	sig = __sigsendinfo->signo;
}
@@sysproc:exit:$__CPID
{
	printf("exited\n");
	exit();
}
