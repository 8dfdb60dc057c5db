/* xtrace kernel runtime: stap's procfs probes.
 *
 * Each procfs("name") probe is a file /proc/systemtap/MODULE/name, as under
 * stap. Reading it runs the read probes in the reader's process context and
 * returns the text they left in $value; writing it runs the write probes with
 * the text written in $value. A name "a/b" is file b in subdirectory a of
 * MODULE, as under stap.
 *
 * Safety (DESIGN.md principle 4):
 * - Every open for reading has its own buffer of the file's maxsize (allocated
 *   at open, in process context), filled once by the first read: concurrent
 *   readers each get a whole snapshot, and nothing grows past maxsize. The
 *   copy to user space holds only that open's lock.
 * - Probes run one at a time (xt_pfs_mutex) and only while the session runs;
 *   disarming takes the mutex, so once the session stops no procfs probe is
 *   running or will run (a read then returns no text, a write is swallowed).
 * - The files go before anything else at unload: proc_remove() waits for
 *   reads and writes in flight and releases the open files.
 *
 * /proc/systemtap is shared with stap's modules and other xtrace sessions. The
 * kernel gives a module no safe way to tell whether a shared directory is
 * still used by others, so xtrace makes it when it is missing and never
 * removes it (an empty directory that belongs to procfs, not to this module,
 * is harmless); it removes only its own MODULE directory. Where procfs is not
 * mounted at /proc the files go into the module's own /proc/MODULE directory.
 */
#ifndef XT_PROCFS_H
#define XT_PROCFS_H

#include <linux/namei.h>
#include <linux/fs.h>
#include <linux/mm.h>

struct xt_pfs_file {
	const char *name;
	umode_t mode;
	u32 maxsize;                        /* read buffer bytes, the NUL included */
	void (*read)(struct xt_ctx *c);     /* the read probes, or NULL */
	void (*write)(struct xt_ctx *c);    /* the write probes, or NULL */
};

/* One open of a file for reading: its own copy of the text. */
struct xt_pfs_open {
	struct mutex lock;  /* reads of this open (threads sharing the file) */
	char *buf;
	u32 len;
	bool filled;
};

static DEFINE_MUTEX(xt_pfs_mutex);
static struct proc_dir_entry *xt_pfs_dir;

/* ---- $value, from the probe body ---- */

static __always_inline __maybe_unused const char *xt_pfs_get(struct xt_ctx *c, char *dst)
{
	u32 n = c->pfs_buf ? min_t(u32, c->pfs_len, XT_MAXSTRINGLEN - 1) : 0;

	if (n)
		memcpy(dst, c->pfs_buf, n);
	dst[n] = 0;
	return dst;
}

/* `$value = s` (append false) or `$value .= s`: the text is cut at the buffer's
 * end. The expression's value is the new $value (up to MAXSTRINGLEN). */
static noinline __maybe_unused const char *xt_pfs_put(struct xt_ctx *c, const char *s, bool append,
						      char *dst)
{
	u32 len, n;

	if (!c->pfs_buf || !c->pfs_cap)
		return xt_pfs_get(c, dst);
	len = append ? c->pfs_len : 0;
	n = strnlen(s, XT_MAXSTRINGLEN);
	if (len + n > c->pfs_cap - 1)
		n = len < c->pfs_cap - 1 ? c->pfs_cap - 1 - len : 0;
	memmove(c->pfs_buf + len, s, n);
	c->pfs_len = len + n;
	c->pfs_buf[c->pfs_len] = 0;
	return xt_pfs_get(c, dst);
}

/* ---- running the probes ---- */

/* Run `fn` (a file's read or write probes) with the text at buf; called with
 * xt_pfs_mutex held, in process context. */
static void xt_pfs_run(void (*fn)(struct xt_ctx *c), char *buf, u32 cap, u32 *len)
{
	struct xt_ctx *c = xt_begin_bare();

	if (!c)
		return;
	c->pfs_buf = buf;
	c->pfs_cap = cap;
	c->pfs_len = *len;
	fn(c);
	*len = c->pfs_len;
	c->pfs_buf = NULL;
	c->pfs_cap = c->pfs_len = 0;
	xt_end_bare(c);
}

static int xt_pfs_open(struct inode *inode, struct file *f)
{
	struct xt_pfs_file *pf = pde_data(inode);
	struct xt_pfs_open *o;

	if (((f->f_mode & FMODE_READ) && !pf->read) || ((f->f_mode & FMODE_WRITE) && !pf->write))
		return -EACCES;
	o = kzalloc(sizeof(*o), GFP_KERNEL);
	if (!o)
		return -ENOMEM;
	mutex_init(&o->lock);
	if (f->f_mode & FMODE_READ) {
		o->buf = kvmalloc(pf->maxsize, GFP_KERNEL);
		if (!o->buf) {
			kfree(o);
			return -ENOMEM;
		}
		o->buf[0] = 0;
	}
	f->private_data = o;
	return 0;
}

static int xt_pfs_release(struct inode *inode, struct file *f)
{
	struct xt_pfs_open *o = f->private_data;

	if (o) {
		kvfree(o->buf);
		kfree(o);
	}
	return 0;
}

/* The read probes run once per open, at its first read; later reads (and
 * reads past a short first one) return the rest of that text. */
static ssize_t xt_pfs_read(struct file *f, char __user *ubuf, size_t count, loff_t *ppos)
{
	struct xt_pfs_file *pf = pde_data(file_inode(f));
	struct xt_pfs_open *o = f->private_data;
	ssize_t ret;

	if (!o || !o->buf)
		return -EINVAL;
	mutex_lock(&o->lock);
	if (!o->filled) {
		u32 len = 0;

		/* Only the probe run holds the shared mutex: a reader whose copy to
		 * user space stalls (a faulting buffer) cannot hold up the other
		 * files or the session's stop. */
		mutex_lock(&xt_pfs_mutex);
		xt_pfs_run(pf->read, o->buf, pf->maxsize, &len);
		mutex_unlock(&xt_pfs_mutex);
		o->len = len;
		o->filled = true;
	}
	ret = simple_read_from_buffer(ubuf, count, ppos, o->buf, o->len);
	mutex_unlock(&o->lock);
	return ret;
}

/* Each write() runs the write probes once, with up to MAXSTRINGLEN - 1 bytes
 * of it (the caller writes the rest in another call, as for stap). */
static ssize_t xt_pfs_write(struct file *f, const char __user *ubuf, size_t count, loff_t *ppos)
{
	struct xt_pfs_file *pf = pde_data(file_inode(f));
	size_t n = min_t(size_t, count, XT_MAXSTRINGLEN - 1);
	char *buf;

	if (!pf->write)
		return -EINVAL;
	if (!count)
		return 0;
	buf = kmalloc(XT_MAXSTRINGLEN, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	if (copy_from_user(buf, ubuf, n)) {
		kfree(buf);
		return -EFAULT;
	}
	buf[n] = 0;
	mutex_lock(&xt_pfs_mutex);
	{
		u32 len = strnlen(buf, n);

		xt_pfs_run(pf->write, buf, XT_MAXSTRINGLEN, &len);
	}
	mutex_unlock(&xt_pfs_mutex);
	kfree(buf);
	return n;
}

static const struct proc_ops xt_pfs_ops = {
	.proc_open = xt_pfs_open,
	.proc_read = xt_pfs_read,
	.proc_write = xt_pfs_write,
	.proc_release = xt_pfs_release,
	.proc_lseek = default_llseek,
};

static bool xt_path_exists(const char *name)
{
	struct path p;

	if (kern_path(name, 0, &p))
		return false;
	path_put(&p);
	return true;
}

/* Make the files (at load, after the module's own /proc directory). `dirs`
 * (NULL-terminated) are the files' subdirectories, each after its parent: procfs
 * resolves "a/b" under the module's directory only when "a" already exists. */
static int xt_pfs_create(struct xt_pfs_file *files, int n, const char *const *dirs,
			 struct proc_dir_entry *own)
{
	int i;

	/* A missing intermediate directory, or one made twice, is a kernel WARN:
	 * look before making. */
	if (!xt_path_exists("/proc/self")) {
		xt_pfs_dir = own;  /* procfs is not at /proc: the module's own directory */
	} else {
		if (!xt_path_exists("/proc/systemtap"))
			proc_mkdir("systemtap", NULL);
		xt_pfs_dir = proc_mkdir("systemtap/" KBUILD_MODNAME, NULL);
		if (!xt_pfs_dir)
			return -ENOMEM;
	}
	for (i = 0; dirs[i]; i++) {
		if (!proc_mkdir(dirs[i], xt_pfs_dir))
			return -ENOMEM;
	}
	for (i = 0; i < n; i++) {
		if (!proc_create_data(files[i].name, files[i].mode, xt_pfs_dir, &xt_pfs_ops, &files[i]))
			return -ENOMEM;
	}
	return 0;
}

/* proc_remove() takes the subdirectories and their files with the directory. */
static void xt_pfs_remove(struct proc_dir_entry *own)
{
	if (xt_pfs_dir && xt_pfs_dir != own)
		proc_remove(xt_pfs_dir);
	xt_pfs_dir = NULL;
}

/* Disarming: wait for a procfs probe that is running; none starts after
 * (the session is no longer running). */
static void xt_pfs_quiesce(void)
{
	mutex_lock(&xt_pfs_mutex);
	mutex_unlock(&xt_pfs_mutex);
}

#endif /* XT_PROCFS_H */
