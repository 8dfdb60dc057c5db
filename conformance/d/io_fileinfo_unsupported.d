/* fileinfo_t of a block request: Linux's block tracepoints carry the request,
   whose page cache page leads to the file, but not to the mount it was opened
   through: fi_mount is a compile error saying so. */
io:::start
{
	printf("%s %s\n", args[2]->fi_pathname, args[2]->fi_mount);
}
