/* fbt:MODULE:function:entry types args[] from the module's own BTF: args[1] of
   9p's v9fs_vfs_getattr_dotl is a const struct path * (args[0] is a struct
   user_namespace * in 6.1, a struct mnt_idmap * since 6.3), whose dentry is the
   core kernel's struct dentry. */
#pragma D option quiet

fbt:9p:v9fs_vfs_getattr_dotl:entry
/execname == "stat" && stringof(args[1]->dentry->d_name.name) == "stat"/
{
	printf("%s %s %d\n", probefunc, stringof(args[1]->dentry->d_name.name),
	    args[1]->dentry->d_name.len);
	exit(0);
}
