/* (string) of an address is the string there (dt_cook_op2 lets a pointer
 * become a string), here a dentry's name read through the kernel's types. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "cat" && stringof(((struct file *)arg0)->f_path.dentry->d_name.name) == "hostname"/
{
	printf("%s\n", (string)((struct file *)arg0)->f_path.dentry->d_name.name);
	exit(0);
}
