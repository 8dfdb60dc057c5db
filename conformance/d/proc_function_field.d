/* proc probes named by the kernel function DTrace listed them under: Oracle
   Linux's first DTrace showed proc:vmlinux:do_fork:create,
   do_execve_common:exec and do_exit:exit, and scripts written for it (the
   thirteenth real-script sample's activity.d) say so. The field picks the
   probes that function held; they fire as proc:::create, exec and exit do. */
#pragma D option quiet

int child;

proc:vmlinux:do_fork:create
/pid == $target && !child/
{
	child = args[0]->pr_pid;
}

proc::do_execve_common:exec
/pid == child/
{
	printf("exec %s\n", args[0]);
}

proc::do_exit:exit
/pid == child/
{
	printf("exit %s, reason %d\n", execname, args[0]);
}
