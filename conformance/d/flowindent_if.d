/* flowindent (dtrace -F) with a clause that has an `if`: dt_sugar.c cuts the
   clause into sub-clauses, one ECB each, and each basic block that records is a
   record with its own probe line. The consumer's flow indentation
   (dt_consume.c dt_flowindent) reads them as it reads separate clauses of one
   probe: at an entry the first record prints `=>` and moves the depth, a next
   record of the same probe with another EPID prints `| FUNCTION:NAME`; at a
   return a record followed by another EPID's record of the same probe prints
   `| FUNCTION:NAME`, the last one `<=` and moves the depth back. An `if` not
   taken (getppid(2) never returns 0 here) records nothing. */
/* @@nosort */
#pragma D option flowindent

syscall::getppid:entry
/pid == $target/
{
	printf("a");
	if (pid == $target) {
		printf("b");
	}
	printf("c");
}

syscall::getppid:return
/pid == $target/
{
	printf("d");
	if (arg0 == 0) {
		printf("e");
	}
	printf("f");
}
