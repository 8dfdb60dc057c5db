/* DTraceToolkit's rwbytype.d on Linux: its translator from a file type to a
 * name, keyed here on i_mode's S_IFMT bits (Solaris's v_type does not exist),
 * at vfs_read (Solaris's fop_read), plus a translator whose input is a
 * kernel pointer (struct file *). cat reads /dev/null once: 0 bytes. */
#pragma D option quiet

typedef struct vtype2str {
	string code;
};

translator struct vtype2str < int T > {
	code =
	    T == 0100000 ? "reg"  :
	    T == 0140000 ? "sock" :
	    T == 0020000 ? "chr"  :
	    T == 0010000 ? "fifo" :
	    T == 0040000 ? "dir"  :
	    T == 0060000 ? "blk"  :
	    T == 0120000 ? "lnk"  : "non";
};

struct finfo {
	string name;
	int mode;
};

translator struct finfo < struct file *F > {
	name = stringof(F->f_path.dentry->d_name.name);
	mode = F->f_inode->i_mode;
};

fbt::vfs_read:entry
/execname == "cat"/
{
	this->f = (struct file *)arg0;
	self->type = xlate <struct vtype2str *>(this->f->f_inode->i_mode & 0170000)->code;
	self->name = xlate <struct finfo *>(this->f)->name;
	self->size = arg2;
}

fbt::vfs_read:return
/self->size && self->type == "chr"/
{
	@bytes[execname, self->type, self->name, "R"] = sum(arg1);
}

fbt::vfs_read:return
/self->size/
{
	self->type = 0;
	self->name = 0;
	self->size = 0;
}

dtrace:::END
{
	printf("%-16s %6s %-8s %4s %9s\n", "CMD", "VTYPE", "NAME", "DIR", "BYTES");
	printa("%-16s %6s %-8s %4s %@9d\n", @bytes);
}
