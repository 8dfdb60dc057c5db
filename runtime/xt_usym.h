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
 * of one hit) uses it as is, one in another is skipped. The lock keeps the mm
 * (exit_mmap waits for it) until then.
 */
#ifndef XT_USYM_H
#define XT_USYM_H

#include <linux/mm.h>
#include <linux/mmap_lock.h>
#include <linux/irq_work.h>
#include <linux/namei.h>
#include <linux/percpu.h>
#include <linux/moduleparam.h>

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

enum { XT_USYM_NAME, XT_USYM_DATA, XT_USYM_MOD };

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

/* Session start, process context: each file's (device, inode). */
static void xt_usym_init(struct xt_ufile *files, int n)
{
	int cpu, i;

	xt_ufs = files;
	xt_nufs = n;
	for_each_possible_cpu(cpu)
		init_irq_work(&per_cpu(xt_mmul, cpu).work, xt_mmul_fn);
	for (i = 0; i < n; i++) {
		struct xt_ufile *f = &files[i];
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
			return false;
		defer = this_cpu_ptr(&xt_mmul);
		/* A release still pending here (it cannot run while interrupts
		 * are off) of this very mm: the lock is still held, use it. */
		if (irq_work_is_busy(&defer->work)) {
			if (!READ_ONCE(defer->held) || READ_ONCE(defer->mm) != mm)
				return false;
			held = true;
		}
	}
	if (!held && !mmap_read_trylock(mm))
		return false;
	vma = find_vma(mm, addr);
	if (vma && vma->vm_start <= addr && vma->vm_file) {
		struct inode *ino = file_inode(vma->vm_file);
		int i;

		found = true;
		loc->start = vma->vm_start;
		loc->end = vma->vm_end;
		loc->foff = addr - vma->vm_start + ((u64)vma->vm_pgoff << PAGE_SHIFT);
		for (i = 0; i < xt_nufs; i++) {
			if (xt_ufs[i].dev && xt_ufs[i].ino == ino->i_ino &&
			    xt_ufs[i].dev == ino->i_sb->s_dev) {
				loc->file = &xt_ufs[i];
				loc->sym = xt_usym_find(loc->file, loc->foff);
				break;
			}
		}
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
