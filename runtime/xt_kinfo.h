/* xtrace kernel runtime: what DTrace's psinfo_t and fileinfo_t translators fill
 * (curpsinfo->pr_psargs, fds[fd].fi_pathname, io:::start args[2]).
 *
 * Every read of a kernel pointer goes through copy_from_kernel_nofault and
 * every walk is bounded: these run in probe context, where d_path() (it takes
 * locks and may retry) and access_process_vm() (it sleeps) are not allowed.
 */
#ifndef XT_KINFO_H
#define XT_KINFO_H

#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/mount.h>
#include <linux/fdtable.h>
#include <linux/mm_types.h>
#include <linux/blkdev.h>
#include <linux/blk-mq.h>
#include <linux/uaccess.h>
#include <linux/pid.h>
#include <linux/fs_struct.h>
#include <linux/proc_ns.h>
#include <linux/nsproxy.h>

/* Solaris PRARGSZ: pr_psargs holds at most 79 characters. */
#define XT_PRARGSZ 80
/* Path components a fileinfo_t path walk follows at most. */
#define XT_PATH_DEPTH 48

#define XT_KREAD(dst, src) copy_from_kernel_nofault(&(dst), (const void *)&(src), sizeof(dst))

/* pr_psargs of `task`: its arguments (mm arg_start..arg_end) with the NULs
 * between them as spaces, cut at PRARGSZ - 1 characters. User memory can be
 * read only in the address space of the current task, so this works for the
 * current process and for a child it is forking (the child's copy of the
 * arguments is at the same address); for any other task, and when the
 * arguments are paged out, it is the command name, as ps(1) falls back to it. */
static __maybe_unused const char *xt_psargs(char *dst, unsigned long taskp)
{
	struct task_struct *task = (struct task_struct *)taskp, *parent = NULL;
	struct mm_struct *mm = NULL, *pmm = NULL;
	unsigned long start = 0, end = 0, n, i;

	dst[0] = '\0';
	if (!task || XT_KREAD(mm, task->mm))
		return dst;
	if (mm && mm != current->mm && !XT_KREAD(parent, task->real_parent) && parent == current)
		pmm = current->mm;  /* fork: the child's mm is a copy of ours */
	if (mm && (mm == current->mm || pmm) && !XT_KREAD(start, mm->arg_start) &&
	    !XT_KREAD(end, mm->arg_end) && end > start) {
		n = min_t(unsigned long, end - start, XT_PRARGSZ - 1);
		n = min_t(unsigned long, n, XT_MAXSTRINGLEN - 1);
		if (!copy_from_user_nofault(dst, (const void __user *)start, n)) {
			while (n > 0 && dst[n - 1] == '\0')
				n--;
			for (i = 0; i < n; i++)
				if (dst[i] == '\0')
					dst[i] = ' ';
			dst[n] = '\0';
			if (n > 0)
				return dst;
		}
	}
	if (copy_from_kernel_nofault(dst, task->comm, TASK_COMM_LEN))
		dst[0] = '\0';
	dst[TASK_COMM_LEN - 1] = '\0';
	return dst;
}

/* psinfo_t members Linux keeps behind pid structures (pr_pgid, pr_sid). */
static __maybe_unused s64 xt_task_info(unsigned long taskp, int what)
{
	struct task_struct *task = (struct task_struct *)taskp;

	if (!task)
		return 0;
	switch (what) {
	case 0:
		return __task_pid_nr_ns(task, PIDTYPE_PGID, &init_pid_ns);
	case 1:
		return __task_pid_nr_ns(task, PIDTYPE_SID, &init_pid_ns);
	}
	return 0;
}

/* fds[fd]: the struct file * of descriptor `fd` of `task`, 0 when none. */
static __maybe_unused unsigned long xt_fd_file(unsigned long taskp, s64 fd)
{
	struct task_struct *task = (struct task_struct *)taskp;
	struct files_struct *files;
	struct fdtable *fdt;
	struct file **fdarr, *f = NULL;
	unsigned int max;

	if (!task || fd < 0 || XT_KREAD(files, task->files) || !files ||
	    XT_KREAD(fdt, files->fdt) || !fdt || XT_KREAD(max, fdt->max_fds) ||
	    fd >= max || XT_KREAD(fdarr, fdt->fd) || !fdarr || XT_KREAD(f, fdarr[fd]))
		return 0;
	return (unsigned long)f;
}

/* Offsets in the kernel's private struct mount (fs/mount.h, which module
 * headers do not ship): the generated code passes them from the kernel's BTF. */
struct xt_mount_offs {
	long mnt, parent, mountpoint;
	/* The current process's root (chroot): paths start there, as d_path()'s do. */
	unsigned long root_dentry, root_mnt;
};

/* The path of `dentry` (on mount `mnt`; 0 when unknown: the path then starts at
 * its file system's root), written at [0, XT_MAXSTRINGLEN - 1) of `dst` as if
 * the whole path had been built and cut there. Returns its full length (0 for
 * "/"), or -1 when a name cannot be read or the walk is too deep. The walk goes
 * from the end of the path, so a first pass (dst NULL) measures it. */
static long xt_path_walk(char *dst, long total, unsigned long dentry, unsigned long mnt,
			 const struct xt_mount_offs *mo)
{
	struct dentry *d = (struct dentry *)dentry, *up, *root;
	struct vfsmount *m = (struct vfsmount *)mnt;
	unsigned long mount, parent, mp;
	const unsigned char *name;
	unsigned int nlen;
	long pos = total, len, i, depth;
	char c;

	for (depth = 0; depth < XT_PATH_DEPTH; depth++) {
		if ((unsigned long)d == mo->root_dentry && (!m || (unsigned long)m == mo->root_mnt))
			return total - pos;
		/* A mount's root is named by the mount point it covers. */
		while (m && mo->mnt >= 0 && !XT_KREAD(root, m->mnt_root) && root == d) {
			mount = (unsigned long)m - mo->mnt;
			if (copy_from_kernel_nofault(&parent, (const void *)(mount + mo->parent), sizeof(parent)) ||
			    copy_from_kernel_nofault(&mp, (const void *)(mount + mo->mountpoint), sizeof(mp)) || !mp)
				return -1;
			if (parent == mount)
				return total - pos;
			d = (struct dentry *)mp;
			m = (struct vfsmount *)(parent + mo->mnt);
			if ((unsigned long)d == mo->root_dentry && (unsigned long)m == mo->root_mnt)
				return total - pos;
		}
		if (XT_KREAD(up, d->d_parent) || !up)
			return -1;
		if (up == d)
			return total - pos;
		if (XT_KREAD(name, d->d_name.name) || XT_KREAD(nlen, d->d_name.len) || !name)
			return -1;
		len = min_t(long, nlen, NAME_MAX);
		pos -= len + 1;
		if (dst) {
			for (i = 0; i < len; i++) {
				long at = pos + 1 + i;

				if (at < 0 || at >= XT_MAXSTRINGLEN - 1)
					continue;
				if (copy_from_kernel_nofault(&c, name + i, 1))
					return -1;
				dst[at] = c;
			}
			if (pos >= 0 && pos < XT_MAXSTRINGLEN - 1)
				dst[pos] = '/';
		}
		d = up;
	}
	return -1;
}

/* The path of `dentry` on `mnt` into dst; false when it cannot be built. */
static bool xt_dentry_path(char *dst, unsigned long dentry, unsigned long mnt,
			   const struct xt_mount_offs *mo)
{
	long total = xt_path_walk(NULL, 0, dentry, mnt, mo);

	if (total < 0)
		return false;
	if (total == 0) {
		strscpy(dst, "/", XT_MAXSTRINGLEN);
		return true;
	}
	if (xt_path_walk(dst, total, dentry, mnt, mo) < 0)
		return false;
	dst[min_t(long, total, XT_MAXSTRINGLEN - 1)] = '\0';
	return true;
}

/* Where a fileinfo_t comes from: a struct file (fds[], fi_* of a file), a
 * block request (io provider args[2]: the file of the request's first page),
 * or the current working directory (D's cwd). */
enum { XT_FI_FILE = 0, XT_FI_REQUEST = 1, XT_FI_CWD = 2 };
/* fileinfo_t members. */
enum { XT_FI_NAME, XT_FI_DIRNAME, XT_FI_PATHNAME, XT_FI_FS, XT_FI_MOUNT,
       XT_FI_OFFSET, XT_FI_OFLAGS };

struct xt_fileref {
	unsigned long dentry, mnt;  /* mnt 0: not known (a block request's page) */
	struct file *file;          /* NULL for a block request */
	s64 offset;
};

/* The dentry (and mount, file, offset) a fileinfo_t describes; false for DTrace's "<none>". */
static bool xt_fileref(unsigned long p, int kind, struct xt_fileref *r)
{
	memset(r, 0, sizeof(*r));
	if (!p && kind != XT_FI_CWD)
		return false;
	if (kind == XT_FI_CWD) {
		/* D's cwd: the current process's working directory (p unused) */
		struct fs_struct *fs;

		if (XT_KREAD(fs, current->fs) || !fs || XT_KREAD(r->dentry, fs->pwd.dentry) ||
		    XT_KREAD(r->mnt, fs->pwd.mnt) || !r->dentry)
			return false;
		return true;
	}
	if (kind == XT_FI_FILE) {
		struct file *f = (struct file *)p;
		loff_t pos;

		if (XT_KREAD(r->dentry, f->f_path.dentry) || XT_KREAD(r->mnt, f->f_path.mnt) ||
		    XT_KREAD(pos, f->f_pos) || !r->dentry)
			return false;
		r->file = f;
		r->offset = pos;
		return true;
	} else {
		struct request *rq = (struct request *)p;
		struct bio *bio;
		struct bio_vec *bv;
		struct page *page;
		struct address_space *mapping;
		struct inode *inode;
		struct super_block *sb;
		struct hlist_node *first;
		unsigned long magic, index;
		unsigned int off;

		if (XT_KREAD(bio, rq->bio) || !bio || XT_KREAD(bv, bio->bi_io_vec) || !bv ||
		    XT_KREAD(page, bv->bv_page) || !page || XT_KREAD(off, bv->bv_offset) ||
		    XT_KREAD(mapping, page->mapping) || !mapping ||
		    ((unsigned long)mapping & PAGE_MAPPING_FLAGS) ||
		    XT_KREAD(inode, mapping->host) || !inode || XT_KREAD(sb, inode->i_sb) || !sb ||
		    XT_KREAD(magic, sb->s_magic) || magic == 0x62646576 /* BDEVFS_MAGIC */ ||
		    XT_KREAD(index, page->index) ||
		    XT_KREAD(first, inode->i_dentry.first) || !first)
			return false;
		r->dentry = (unsigned long)hlist_entry(first, struct dentry, d_u.d_alias);
		r->offset = ((s64)index << PAGE_SHIFT) + off;
		return true;
	}
}

/* A string member of fileinfo_t, as DTrace's translators give it: "<none>"
 * without a file, "<unknown>" when its path cannot be known (pipes, sockets
 * and other files whose names the kernel makes up; a page with no name). */
static __maybe_unused const char *xt_fileinfo_str(char *dst, char *tmp, unsigned long p, int kind,
						  int what, long mnt_off, long parent_off, long mp_off)
{
	struct xt_mount_offs mo = { mnt_off, parent_off, mp_off, 0, 0 };
	struct fs_struct *fs;
	struct xt_fileref r;
	struct dentry *d;
	const struct dentry_operations *ops = NULL;
	char *(*dname)(struct dentry *, char *, int) = NULL;
	struct super_block *sb;
	struct file_system_type *type;
	const char *fsname;

	if (!xt_fileref(p, kind, &r)) {
		strscpy(dst, "<none>", XT_MAXSTRINGLEN);
		return dst;
	}
	d = (struct dentry *)r.dentry;
	if (!XT_KREAD(fs, current->fs) && fs && (XT_KREAD(mo.root_dentry, fs->root.dentry) ||
						 XT_KREAD(mo.root_mnt, fs->root.mnt)))
		mo.root_dentry = mo.root_mnt = 0;
	if (what == XT_FI_FS) {
		if (XT_KREAD(sb, d->d_sb) || !sb || XT_KREAD(type, sb->s_type) || !type ||
		    XT_KREAD(fsname, type->name) || !fsname ||
		    xt_kernel_string(dst, (unsigned long)fsname, XT_MAXSTRINGLEN) < 0)
			strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
		return dst;
	}
	if (what == XT_FI_MOUNT) {
		struct dentry *root;

		if (!r.mnt || XT_KREAD(root, ((struct vfsmount *)r.mnt)->mnt_root) ||
		    !xt_dentry_path(dst, (unsigned long)root, r.mnt, &mo))
			strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
		return dst;
	}
	/* Pseudo files (pipe:[123], socket:[456]) have names made up by d_dname,
	 * as d_path() gives them; their own d_name is what fi_name is (DTrace on
	 * Linux takes fi_name from d_name). The d_dname functions take no locks;
	 * the dentry stays while RCU does (dentries are freed after a grace period). */
	if (!XT_KREAD(ops, d->d_op) && ops && !XT_KREAD(dname, ops->d_dname) && dname) {
		char *res;

		if (what == XT_FI_NAME) {
			const unsigned char *name;

			if (XT_KREAD(name, d->d_name.name) ||
			    xt_kernel_string(dst, (unsigned long)name, XT_MAXSTRINGLEN) < 0)
				strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
			return dst;
		}
		rcu_read_lock();
		res = dname(d, tmp, XT_MAXSTRINGLEN);
		if (IS_ERR_OR_NULL(res) || res < tmp || res >= tmp + XT_MAXSTRINGLEN)
			strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
		else
			strscpy(dst, res, XT_MAXSTRINGLEN);
		rcu_read_unlock();
		if (what == XT_FI_DIRNAME) {
			strscpy(tmp, dst, XT_MAXSTRINGLEN);
			xt_pathpart(dst, tmp, true);
		}
		return dst;
	}
	if (!xt_dentry_path(dst, r.dentry, r.mnt, &mo)) {
		strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
		return dst;
	}
	if (what == XT_FI_NAME || what == XT_FI_DIRNAME) {
		/* basename/dirname of the path, as DTrace's translators take them */
		strscpy(tmp, dst, XT_MAXSTRINGLEN);
		xt_pathpart(dst, tmp, what == XT_FI_DIRNAME);
	}
	return dst;
}

/* An integer member of fileinfo_t: fi_offset, fi_oflags (Linux's f_flags). */
static __maybe_unused s64 xt_fileinfo_int(unsigned long p, int kind, int what)
{
	struct xt_fileref r;
	unsigned int flags;

	if (!xt_fileref(p, kind, &r))
		return 0;
	if (what == XT_FI_OFFSET)
		return r.offset;
	if (!r.file || XT_KREAD(flags, r.file->f_flags))
		return 0;
	return flags;
}

/* SystemTap's dentry.stp: task_dentry_path(task, dentry, vfsmnt), the path of
 * a dentry as d_path() gives it, from `task`'s root. Files of pseudo file
 * systems (a d_dname hook, not mounted) are named as stap names them, which
 * is not d_dname's spelling for anonymous inodes. NULL when a pointer cannot
 * be read (stap's read fault); "<unknown>" when no path can be built. */
static __maybe_unused const char *xt_task_dentry_path(char *dst, unsigned long taskp,
						      unsigned long dentry, unsigned long mnt,
						      long mnt_off, long parent_off, long mp_off)
{
	struct xt_mount_offs mo = { mnt_off, parent_off, mp_off, 0, 0 };
	struct task_struct *task = (struct task_struct *)taskp;
	struct dentry *d = (struct dentry *)dentry, *up, *root;
	struct vfsmount *m = (struct vfsmount *)mnt;
	const struct dentry_operations *ops = NULL;
	char *(*dname)(struct dentry *, char *, int) = NULL;
	struct fs_struct *fs = NULL;

	if (!task || !d || !m || XT_KREAD(ops, d->d_op) || XT_KREAD(up, d->d_parent) ||
	    XT_KREAD(root, m->mnt_root))
		return NULL;
	if (ops && !XT_KREAD(dname, ops->d_dname) && dname && (up != d || d != root)) {
		struct super_block *sb;
		struct inode *inode;
		unsigned long magic = 0, ino = 0;
		const unsigned char *name;
		const struct proc_ns_operations *ns_ops;
		const char *nsname;
		char part[NAME_MAX + 1];

		if (XT_KREAD(sb, m->mnt_sb) || !sb || XT_KREAD(magic, sb->s_magic) ||
		    XT_KREAD(inode, d->d_inode) || (inode && XT_KREAD(ino, inode->i_ino)))
			return NULL;
		switch (magic) {
		case 0x534F434B:  /* SOCKFS_MAGIC */
			snprintf(dst, XT_MAXSTRINGLEN, "socket:[%lu]", ino);
			return dst;
		case 0x50495045:  /* PIPEFS_MAGIC */
			snprintf(dst, XT_MAXSTRINGLEN, "pipe:[%lu]", ino);
			return dst;
		case 0x09041934:  /* ANON_INODE_FS_MAGIC */
			if (XT_KREAD(name, d->d_name.name) || !name ||
			    xt_kernel_string(part, (unsigned long)name, sizeof(part)) < 0)
				return NULL;
			snprintf(dst, XT_MAXSTRINGLEN, "ANON_INODE:%s", part);
			return dst;
		case 0x6e736673:  /* NSFS_MAGIC: d_fsdata is the namespace type's operations */
			if (XT_KREAD(ns_ops, d->d_fsdata) || !ns_ops || XT_KREAD(nsname, ns_ops->name) ||
			    !nsname || xt_kernel_string(part, (unsigned long)nsname, sizeof(part)) < 0)
				return NULL;
			snprintf(dst, XT_MAXSTRINGLEN, "%s:[%lu]", part, ino);
			return dst;
		}
		snprintf(dst, XT_MAXSTRINGLEN, "UNKNOWN:[0x%lx]", dentry);
		return dst;
	}
	if (!XT_KREAD(fs, task->fs) && fs && (XT_KREAD(mo.root_dentry, fs->root.dentry) ||
						 XT_KREAD(mo.root_mnt, fs->root.mnt)))
		mo.root_dentry = mo.root_mnt = 0;
	if (!xt_dentry_path(dst, dentry, mnt, &mo))
		strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
	return dst;
}

/* SystemTap's reverse_path_walk(dentry): the names from its file system's
 * root down to it, without the leading '/' ("/" for the root itself). */
static __maybe_unused const char *xt_reverse_path_walk(char *dst, unsigned long dentry)
{
	struct xt_mount_offs mo = { -1, -1, -1, 0, 0 };
	struct dentry *up;
	size_t n;

	if (!dentry || XT_KREAD(up, ((struct dentry *)dentry)->d_parent))
		return NULL;
	if (!xt_dentry_path(dst, dentry, 0, &mo))
		return NULL;
	n = strlen(dst);
	if (n > 1)
		memmove(dst, dst + 1, n);
	return dst;
}

/* SystemTap's inode_path(inode): the path of the inode's first name on the
 * mount of its file system in the current mount namespace (its super block's
 * list of mounts, at most XT_PATH_DEPTH of them looked at), else the walk from
 * its file system's root. inst_off and ns_off are the offsets of mnt_instance
 * and mnt_ns in struct mount, from BTF (-1: unknown). */
static __maybe_unused const char *xt_inode_path(char *dst, unsigned long inodep, long mnt_off,
						long parent_off, long mp_off, long inst_off, long ns_off)
{
	struct inode *inode = (struct inode *)inodep;
	struct hlist_node *first;
	struct super_block *sb;
	struct list_head *head, *pos;
	struct nsproxy *nsp;
	void *ns, *mns;
	unsigned long dentry, mount;
	int i;

	if (!inode || XT_KREAD(first, inode->i_dentry.first) || !first || XT_KREAD(sb, inode->i_sb))
		return NULL;
	dentry = (unsigned long)hlist_entry(first, struct dentry, d_u.d_alias);
	if (sb && mnt_off >= 0 && inst_off >= 0 && ns_off >= 0 && !XT_KREAD(nsp, current->nsproxy) &&
	    nsp && !XT_KREAD(ns, nsp->mnt_ns)) {
		head = &sb->s_mounts;
		if (XT_KREAD(pos, head->next))
			pos = NULL;
		for (i = 0; pos && pos != head && i < XT_PATH_DEPTH; i++) {
			mount = (unsigned long)pos - inst_off;
			if (copy_from_kernel_nofault(&mns, (const void *)(mount + ns_off), sizeof(mns)))
				break;
			if (mns == ns)
				return xt_task_dentry_path(dst, (unsigned long)current, dentry, mount + mnt_off,
							   mnt_off, parent_off, mp_off);
			if (XT_KREAD(pos, pos->next))
				break;
		}
	}
	return xt_reverse_path_walk(dst, dentry);
}

#endif /* XT_KINFO_H */
