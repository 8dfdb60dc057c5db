/* proc provider args[] as DTrace's translators give them: proc:::create's
   args[0] is the child's psinfo_t, signal-send's args[1] the target's psinfo_t
   and args[2] the signal, exit's args[0] the CLD_* reason. */
#pragma D option quiet

proc:::create
/pid == $target/
{
	printf("create ppid_ok=%d fname=%s\n", args[0]->pr_ppid == pid, args[0]->pr_fname);
}

proc:::signal-send
/pid == $target && args[2] == SIGKILL/
{
	printf("send %s sig=%d\n", args[1]->pr_fname, args[2]);
}

proc:::exit
/ppid == $target/
{
	printf("exit %s reason=%d killed=%d\n", execname, args[0], args[0] == CLD_KILLED);
}
