int kill(int pid, int sig);
@@syscall:*:kill:entry
	when (__pname == "sh")
{
	printf("kill sig=%d self=%d\n", __arg2, __arg1 == __pid);
}
