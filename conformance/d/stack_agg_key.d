/* @@nosort */
/* D's stack() as an aggregation key: the hits of one kernel call path are one
   key, printed at exit as its frames (module`symbol+0xoffset, a line each,
   indented 14 columns), then the count. The command reads 7777 bytes three
   times with read(2) (ksys_read calls vfs_read) and twice with pread64(2)
   (ksys_pread64 calls it, or the system call's wrapper where the kernel
   inlined it): two keys, in the order of their counts. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "python3" && arg2 == 7777/
{
	@[stack(2)] = count();
}
