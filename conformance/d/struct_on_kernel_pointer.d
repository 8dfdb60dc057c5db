/* A kernel pointer cast to the script's own copy of a kernel struct: C's
 * layout puts `dentry` at offset 8 as the kernel's struct path does, and a
 * member that points to a kernel struct goes on into the kernel's types. */
#pragma D option quiet

struct mypath {
	void *mnt;
	struct dentry *dentry;
};

fbt::security_inode_getattr:entry
/execname == "stat" && stringof(((struct mypath *)arg0)->dentry->d_name.name) == "hostname"/
{
	this->p = (struct mypath *)arg0;
	printf("%s %s %d\n", stringof(this->p->dentry->d_name.name),
	    this->p->dentry == ((struct path *)arg0)->dentry ? "same" : "different",
	    offsetof(struct mypath, dentry));
	exit(0);
}
