/* @@nosort */
/* printa() of an aggregation keyed by a name and a stack(): %k prints the
   stack as the end-of-run table does (a newline, then a frame a line),
   indented by the conversion's width when it is left-aligned (libdtrace's
   pfprint_stack), without indentation else. The command reads 7777 bytes
   three times with read(2): one key, vfs_read called by ksys_read. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "python3" && arg2 == 7777/
{
	@[execname, stack(2)] = count();
}

END
{
	printa("%s:%k=%@d\n", @);
	printa("%s[%-4k]%@d\n", @);
}
