/* fbt:MODULE:function: a function of a loaded kernel module (here 9p, the
   sandbox's root file system); probemod names the module. */
#pragma D option quiet

fbt:9p:v9fs_vfs_getattr_dotl:entry
/execname == "stat"/
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
	exit(0);
}
