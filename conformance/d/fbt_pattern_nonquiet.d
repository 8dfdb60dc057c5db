/* A clause on a pattern of kernel functions, not quiet: DTrace's probe line names
   the function that fired (ksys_lseek), not the pattern the clause was written
   with; a port prints that name too. */
/* @@nosort */
fbt::ksys_lsee*:entry
/pid == $target && arg1 == 12345/
{
	trace(arg0);
	exit(0);
}
