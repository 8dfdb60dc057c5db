/* @@nosort */
/* A stack() key of a quantize() aggregation: at exit the key's frames (a
   newline, then a frame a line, indented 14 columns), then its distribution,
   whose heading starts on a line of its own, so a blank line parts them. The
   command reads 7777 bytes three times with read(2) (ksys_read calls
   vfs_read): three values in the 4096 bucket. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "python3" && arg2 == 7777/
{
	@[stack(2)] = quantize(arg2);
}
