/* xtrace kernel runtime: user symbols written by the module, for stap's
 * usymname(), usymdata() and umodname() used as values (joined into a key,
 * stored, compared). Printed directly they stay the driver's (xt_ustack.h).
 *
 * The symbols are tables built into the module (backend_c/usymtab.py) for the
 * files stap would know: process("PATH") probes, -d, --ldd, the -c program.
 * Each row is (file offset, size, name offset), sorted by file offset. At
 * session start each file is looked up (xt_usroot, the sandbox's view of the
 * host root, prefixed) and its (device, inode) kept; a mapping is matched to a
 * table by those, never by path.
 *
 * Finding the mapping of an address needs mmap_lock, taken here with a
 * trylock only (a probe never waits): a failed trylock, a kernel thread, NMI,
 * or (on PREEMPT_RT) a probe with interrupts off, where an RT rwsem may not be
 * touched at all, all give the answer for an unknown address (the hex form,
 * "<unknown>"). Releasing the lock may wake a waiter, which is not safe with
 * interrupts off (the probe may sit inside the scheduler, holding a runqueue
 * lock): there the release is handed to a per-CPU irq_work, which runs as soon
 * as interrupts are back on. Until it has run, this CPU still holds the
 * lock: a second lookup in the same address space (umodname() and usymname()
 * of one hit) uses it as is. The lock keeps the mm (exit_mmap waits for it)
 * until then. Where the kernel allows it (xt_ulookup_spec), a lookup that
 * cannot take the lock is done without it instead, checked afterwards.
 */
#ifndef XT_USYM_H
#define XT_USYM_H

#include <linux/mm.h>
#include <linux/mmap_lock.h>
#include <linux/irq_work.h>
#include <linux/namei.h>
#include <linux/percpu.h>
#include <linux/moduleparam.h>
#include <linux/uaccess.h>
#include <linux/maple_tree.h>
#include <linux/seqlock.h>

static char *xt_usroot = "";
module_param(xt_usroot, charp, 0400);
MODULE_PARM_DESC(xt_usroot, "prefix of the paths of user files with symbol tables");

struct xt_usym {
	u64 off;	/* file offset of the symbol's first byte */
	u32 size;
	u32 name;	/* offset into the file's names */
};

struct xt_ufile {
	const char *path;
	const char *base;
	const struct xt_usym *syms;
	unsigned int nsyms;
	const char *names;
	dev_t dev;	/* set by xt_usym_init(); 0: not found */
	unsigned long ino;
};

enum { XT_USYM_NAME, XT_USYM_DATA, XT_USYM_MOD,
       /* D's ufunc()/usym(), uaddr() and umod() (libdtrace's dtrace_uaddr2str) */
       XT_USYM_DFUNC, XT_USYM_DADDR, XT_USYM_DMOD };

/* What a lookup found: the mapping holding the address and, when its file
 * has a table, the file and the symbol (NULL when none covers it). */
struct xt_uloc {
	unsigned long start, end;
	u64 foff;
	const struct xt_ufile *file;
	const struct xt_usym *sym;
};

struct xt_mmul {
	struct irq_work work;
	struct mm_struct *mm;
	bool held;	/* mm's lock is held, its release queued and not begun */
};

static DEFINE_PER_CPU(struct xt_mmul, xt_mmul);
/* The generated tables (xt_ufiles[] in the module's own C). */
static struct xt_ufile *xt_ufs;
static int xt_nufs;

static void xt_mmul_fn(struct irq_work *w)
{
	struct xt_mmul *u = container_of(w, struct xt_mmul, work);

	/* cleared first: a probe inside the release must not count on it */
	WRITE_ONCE(u->held, false);
	barrier();
	mmap_read_unlock_non_owner(u->mm);
}

/* Module init: the tables, the per-CPU unlock works. */
static void xt_usym_init(struct xt_ufile *files, int n)
{
	int cpu;

	xt_ufs = files;
	xt_nufs = n;
	for_each_possible_cpu(cpu)
		init_irq_work(&per_cpu(xt_mmul, cpu).work, xt_mmul_fn);
}

/* Session start (xt_gen_arm), in the process that writes "start": each file's
 * (device, inode), by its path as that process sees it (a D -c command's session
 * starts inside the host root, where xt_usroot is empty: driver/session.py). */
static void xt_usym_start(void)
{
	int i;

	for (i = 0; i < xt_nufs; i++) {
		struct xt_ufile *f = &xt_ufs[i];
		struct path p;
		struct inode *ino;
		char *full = kasprintf(GFP_KERNEL, "%s%s", xt_usroot, f->path);

		if (!full)
			continue;
		if (!kern_path(full, LOOKUP_FOLLOW, &p)) {
			ino = d_real_inode(p.dentry);
			f->dev = ino->i_sb->s_dev;
			f->ino = ino->i_ino;
			path_put(&p);
		} else {
			pr_warn("%s: no symbols for %s: cannot find it\n", KBUILD_MODNAME, full);
		}
		kfree(full);
	}
}

/* Session end, after the probes are gone: no unlock left pending. */
static void xt_usym_exit(void)
{
	int cpu;

	for_each_possible_cpu(cpu)
		irq_work_sync(&per_cpu(xt_mmul, cpu).work);
}

/* The row of f covering file offset off, or NULL (a binary search). */
static const struct xt_usym *xt_usym_find(const struct xt_ufile *f, u64 off)
{
	unsigned int lo = 0, hi = f->nsyms;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (f->syms[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || off - f->syms[lo - 1].off >= f->syms[lo - 1].size)
		return NULL;
	return &f->syms[lo - 1];
}

/* Copy a dentry's name (at most n - 1 bytes): it may be renamed under us,
 * so the name is read under RCU (old names are freed after a grace period)
 * one bounded byte at a time. */
static void xt_uname_copy(char *dst, size_t n, struct dentry *d)
{
	const unsigned char *s;
	size_t i;

	rcu_read_lock();
	s = READ_ONCE(d->d_name.name);
	for (i = 0; i + 1 < n && i < NAME_MAX; i++) {
		char ch = READ_ONCE(s[i]);

		if (!ch)
			break;
		dst[i] = ch;
	}
	dst[i] = '\0';
	rcu_read_unlock();
}

/* The table of the file with inode number i_ino on device dev, or NULL. */
static const struct xt_ufile *xt_ufile_of(dev_t dev, unsigned long i_ino)
{
	int i;

	for (i = 0; i < xt_nufs; i++)
		if (xt_ufs[i].dev && xt_ufs[i].ino == i_ino && xt_ufs[i].dev == dev)
			return &xt_ufs[i];
	return NULL;
}

/* Fill loc from the mapping [start, end) at file page pgoff of the file
 * (dev, i_ino) holding addr. */
static void xt_uloc_fill(struct xt_uloc *loc, unsigned long addr, unsigned long start,
			 unsigned long end, unsigned long pgoff, dev_t dev, unsigned long i_ino)
{
	loc->start = start;
	loc->end = end;
	loc->foff = addr - start + ((u64)pgoff << PAGE_SHIFT);
	loc->file = xt_ufile_of(dev, i_ino);
	if (loc->file)
		loc->sym = xt_usym_find(loc->file, loc->foff);
}

#if defined(XT_MM_SEQCOUNT) && defined(CONFIG_PER_VMA_LOCK)
/* The lookup without the lock, where the kernel has what makes it safe
 * (backend_c/codegen.py checks the headers: mm_lock_seq a seqcount, bumped
 * around every write-locked section of mmap_lock; the VMA tree an RCU maple
 * tree whose VMAs are freed after a grace period): the tree is walked under
 * RCU, every field read with get_kernel_nofault() (what a VMA being torn down
 * points to may already be gone), and the answer kept only if no writer held
 * the lock meanwhile. Used where the trylock cannot be (PREEMPT_RT with
 * interrupts off) or failed. */
static bool xt_ulookup_spec(struct mm_struct *mm, unsigned long addr, struct xt_uloc *loc,
			    char *base, size_t n)
{
	unsigned long index = addr, start, end, pgoff, i_ino;
	struct vm_area_struct *vma;
	struct file *file;
	struct inode *ino;
	struct super_block *sb;
	struct dentry *d;
	const unsigned char *name = NULL;
	unsigned int seq;
	bool ok = false;
	dev_t dev;
	size_t i = 0;

	seq = raw_read_seqcount(&mm->mm_lock_seq);
	if (seq & 1)
		return false;
	rcu_read_lock();
	vma = mt_find(&mm->mm_mt, &index, ULONG_MAX);
	if (!vma || get_kernel_nofault(start, &vma->vm_start) ||
	    get_kernel_nofault(end, &vma->vm_end) || get_kernel_nofault(pgoff, &vma->vm_pgoff) ||
	    get_kernel_nofault(file, &vma->vm_file))
		goto out;
	if (start > addr || addr >= end || !file)
		goto out;
	if (get_kernel_nofault(ino, &file->f_inode) || !ino ||
	    get_kernel_nofault(i_ino, &ino->i_ino) || get_kernel_nofault(sb, &ino->i_sb) || !sb ||
	    get_kernel_nofault(dev, &sb->s_dev))
		goto out;
	if (base && (get_kernel_nofault(d, &file->f_path.dentry) || !d ||
		     get_kernel_nofault(name, &d->d_name.name) || !name))
		goto out;
	if (base) {
		for (i = 0; i + 1 < n && i < NAME_MAX; i++) {
			char ch;

			if (get_kernel_nofault(ch, name + i))
				goto out;
			if (!ch)
				break;
			base[i] = ch;
		}
		base[i] = '\0';
	}
	if (read_seqcount_retry(&mm->mm_lock_seq, seq))
		goto out;
	ok = true;
	xt_uloc_fill(loc, addr, start, end, pgoff, dev, i_ino);
	if (base && loc->file)
		strscpy(base, loc->file->base, n);
out:
	rcu_read_unlock();
	if (!ok && base && n)
		base[0] = '\0';
	return ok;
}
#else
static bool xt_ulookup_spec(struct mm_struct *mm, unsigned long addr, struct xt_uloc *loc,
			    char *base, size_t n)
{
	return false;
}
#endif

/* Look addr up in the current task's mappings; false when it cannot be (see
 * the top of this file) or no file mapping holds it. `base` (may be NULL)
 * gets the mapping file's base name. */
static noinline bool xt_ulookup(unsigned long addr, struct xt_uloc *loc, char *base, size_t n)
{
	struct mm_struct *mm = current->mm;
	struct xt_mmul *defer = NULL;
	struct vm_area_struct *vma;
	bool found = false, held = false;

	memset(loc, 0, sizeof(*loc));
	if (!mm || (current->flags & PF_KTHREAD) || in_nmi())
		return false;
	if (irqs_disabled()) {
		if (IS_ENABLED(CONFIG_PREEMPT_RT))
			return xt_ulookup_spec(mm, addr, loc, base, n);
		defer = this_cpu_ptr(&xt_mmul);
		/* A release still pending here (it cannot run while interrupts
		 * are off) of this very mm: the lock is still held, use it. */
		if (irq_work_is_busy(&defer->work)) {
			if (!READ_ONCE(defer->held) || READ_ONCE(defer->mm) != mm)
				return xt_ulookup_spec(mm, addr, loc, base, n);
			held = true;
		}
	}
	if (!held && !mmap_read_trylock(mm))
		return xt_ulookup_spec(mm, addr, loc, base, n);
	vma = find_vma(mm, addr);
	if (vma && vma->vm_start <= addr && vma->vm_file) {
		struct inode *ino = file_inode(vma->vm_file);

		found = true;
		xt_uloc_fill(loc, addr, vma->vm_start, vma->vm_end, vma->vm_pgoff,
			     ino->i_sb->s_dev, ino->i_ino);
		/* a known file by the name it was given (its dentry may be
		 * another's: a bind mount of a copy, as the sandbox makes) */
		if (base && loc->file)
			strscpy(base, loc->file->base, n);
		else if (base)
			xt_uname_copy(base, n, vma->vm_file->f_path.dentry);
	}
	if (held)
		return found;
	if (defer) {
		defer->mm = mm;
		WRITE_ONCE(defer->held, true);
		barrier();
		irq_work_queue(&defer->work);
	} else {
		mmap_read_unlock(mm);
	}
	return found;
}

/* usymname / usymdata / umodname of a user address of the current task, into
 * dst (XT_MAXSTRINGLEN bytes): `sym`, `sym+0xoff/0xsize [path]` (an address of a
 * known file no symbol covers: `0xADDR [path+0xoff/0xsize]`, into its mapping),
 * the mapping file's base name; an address of no known file is `0x%016lx` (for
 * umodname: any file mapping has its name, else "<unknown>"). */
static noinline __maybe_unused const char *xt_usym_str(char *dst, s64 addr, int what)
{
	unsigned long a = (unsigned long)addr;
	struct xt_uloc loc;
	bool found;

	if (what == XT_USYM_DMOD) {
		if (!xt_ulookup(a, &loc, dst, XT_MAXSTRINGLEN) || !dst[0])
			snprintf(dst, XT_MAXSTRINGLEN, "0x%lx", a);
		return dst;
	}
	if (what == XT_USYM_DFUNC || what == XT_USYM_DADDR) {
		/* `file`sym` (uaddr: `+0xoff` past its start), `file`0xADDR` in a file
		 * mapping no symbol covers, else the bare address */
		char base[NAME_MAX + 1];

		found = xt_ulookup(a, &loc, base, sizeof(base));
		if (found && loc.file && loc.sym) {
			u64 off = loc.foff - loc.sym->off;
			const char *name = loc.file->names + loc.sym->name;

			if (what == XT_USYM_DADDR && off)
				snprintf(dst, XT_MAXSTRINGLEN, "%s`%s+0x%llx", loc.file->base, name,
					 (unsigned long long)off);
			else
				snprintf(dst, XT_MAXSTRINGLEN, "%s`%s", loc.file->base, name);
		} else if (found && base[0]) {
			snprintf(dst, XT_MAXSTRINGLEN, "%s`0x%lx", base, a);
		} else {
			snprintf(dst, XT_MAXSTRINGLEN, "0x%lx", a);
		}
		return dst;
	}
	if (what == XT_USYM_MOD) {
		if (!xt_ulookup(a, &loc, dst, XT_MAXSTRINGLEN) || !dst[0])
			strscpy(dst, "<unknown>", XT_MAXSTRINGLEN);
		return dst;
	}
	found = xt_ulookup(a, &loc, NULL, 0);
	if (found && loc.sym) {
		const char *name = loc.file->names + loc.sym->name;

		if (what == XT_USYM_NAME)
			strscpy(dst, name, XT_MAXSTRINGLEN);
		else
			snprintf(dst, XT_MAXSTRINGLEN, "%s+0x%llx/0x%x [%s]", name,
				 (unsigned long long)(loc.foff - loc.sym->off), loc.sym->size, loc.file->path);
	} else if (found && loc.file && what == XT_USYM_DATA) {
		snprintf(dst, XT_MAXSTRINGLEN, "0x%016lx [%s+0x%lx/0x%lx]", a, loc.file->path,
			 a - loc.start, loc.end - loc.start);
	} else {
		snprintf(dst, XT_MAXSTRINGLEN, "0x%016lx", a);
	}
	return dst;
}

#endif /* XT_USYM_H */
