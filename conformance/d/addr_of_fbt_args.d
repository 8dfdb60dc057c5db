/* `&args[0]->m` (and through a nested member, `&args[0]->a.b`) is the member's
   address: the pointer plus the member's offset, nothing read. */
#pragma D option quiet

fbt::vfs_read:entry
/execname == "cat"/
{
	printf("%d\n", (uintptr_t)&args[0]->f_pos - (uintptr_t)args[0] == offsetof(struct file, f_pos));
	printf("%d\n", (uintptr_t)&args[0]->f_path.dentry - (uintptr_t)&args[0]->f_path ==
	    offsetof(struct path, dentry));
	exit(0);
}
