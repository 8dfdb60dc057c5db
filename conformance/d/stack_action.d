/* @@nosort */
/* The stack() action: a newline, then the kernel stack of the hit from the
   probed function down, a frame a line (module`symbol+0xoffset, indented 14
   columns); stack(N) prints the first N frames. The command reads 7777 bytes
   once with read(2), whose ksys_read calls vfs_read. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "python3" && arg2 == 7777/
{
	stack(2);
	printf("--\n");
	stack(1);
	printf("==\n");
}
