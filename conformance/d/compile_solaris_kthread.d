/* curthread is Linux's task_struct: a Solaris kthread_t member (t_procp, the
   process) is an error that names the Linux way to the same facts. */
syscall::read:entry
{
	@[stringof(curthread->t_procp->p_user.u_comm)] = count();
}
