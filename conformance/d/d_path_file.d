/* dtrace-utils' d_path(): the full name of a struct path: the f_path of a file
   cat opened by a name relative to its working directory, and that directory. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "cat" && stringof(args[0]->f_path.dentry->d_name.name) == "hostname"/
{
	printf("%s\n", d_path(&args[0]->f_path));
	printf("%s\n", d_path(&curthread->fs->pwd));
	exit(0);
}
