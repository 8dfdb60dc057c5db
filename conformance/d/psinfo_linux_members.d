/* The psinfo_t members dtrace-utils' translator gives on Linux: pr_addr is the
   task's address (curlwpsinfo->pr_addr's too), pr_ttydev the controlling tty
   or -1, a 64-bit data model (PR_MODEL_LP64, 2), no wait status for a live
   task, and no task, zombie lwps, pool or contract (0). dtrace-utils'
   builtinvar/tst.psinfo.d prints them. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d %d %d %d\n", curpsinfo->pr_addr == curlwpsinfo->pr_addr,
	    curpsinfo->pr_ttydev != 0, curpsinfo->pr_dmodel, curpsinfo->pr_wstat,
	    curpsinfo->pr_taskid, curpsinfo->pr_nzomb, curpsinfo->pr_poolid,
	    curpsinfo->pr_contract);
	exit(0);
}
