/* lwpsinfo_t's pr_addr is the thread's kernel address: curthread's, and a key
   that tells threads apart (dtrace-utils' whoqueue.d keys on it). */
#pragma D option quiet

BEGIN
{
	printf("%s\n", curlwpsinfo->pr_addr == (uintptr_t)curthread ? "the thread" : "another");
	printf("%s\n", curlwpsinfo->pr_addr != 0 ? "nonzero" : "zero");
	exit(0);
}
