/* @@nosort */
/* printa() of two aggregations keyed by the same stack(): one row per stack,
   %k its frames (a newline, then a frame a line, no indentation), each %@ the
   next aggregation's value. The command reads 7777 bytes three times with
   read(2): one key, vfs_read called by ksys_read. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "python3" && arg2 == 7777/
{
	@calls[stack(2)] = count();
	@bytes[stack(2)] = sum(arg2);
}

END
{
	printa("%k: %@d calls, %@d bytes\n", @calls, @bytes);
}
