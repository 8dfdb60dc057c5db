/* fbt's args[] are the function's parameters with their kernel types. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "cat" && stringof(args[0]->f_path.dentry->d_name.name) == "hostname"/
{
	printf("%s %d %d\n", stringof(args[0]->f_path.dentry->d_name.name), args[2] > 0,
	    args[0]->f_inode->i_ino == args[0]->f_path.dentry->d_inode->i_ino);
	exit(0);
}
