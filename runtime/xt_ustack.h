/* xtrace kernel runtime: user-space stack traces (D's ustack(), stap's
 * print_ubacktrace(), Vue's stktrace(GET_USER_TRACE)).
 *
 * The walk: from the user registers of the current task (task_pt_regs(), the
 * state saved when it entered the kernel; a uprobe's regs are that same
 * state), the PC first, then the frame-pointer chain, every word read with
 * copy_from_user_nofault, so a bad pointer ends the walk instead of faulting
 * or sleeping. It stops at XT_USTKDEPTH frames, at a zero, misaligned or
 * non-increasing frame pointer, or at an unreadable word. Code built without
 * frame pointers (most distribution binaries and libraries) breaks the chain:
 * the PC is always right, the frames past such code are missing or wrong.
 * Two leaf cases are patched as perf does: at a uprobe on a function's entry
 * the return address is at [sp] (the callee has not pushed %rbp yet); in the
 * kernel (a syscall), [sp] is taken as the leaf's return address when the
 * bytes before it are a call instruction (libc's syscall wrappers keep no
 * frame).
 *
 * Symbolizing needs each address's mapping, and the process may be gone by
 * the time the driver prints. Looking the mapping up in the probe (find_vma)
 * needs mmap_lock: a trylock from a kprobe's NMI-like context may not be
 * released there (up_read can wake a waiter), and on PREEMPT_RT it is not
 * allowed with interrupts off at all; 6.1 has no lockless VMA lookup. So the
 * probe only takes references, which are plain atomics: mmgrab() keeps the
 * mm_struct (its address then names this address space for the whole
 * session) and mmget_not_zero() keeps its mappings alive even after the
 * process exits. The reader (process context, may sleep) then walks the
 * mappings under mmap_read_lock, emits one XT_REC_UMAP record per executable
 * file mapping (start, end, file offset, path) and drops the mmget
 * reference. The reader does this before it copies any record that came
 * after the probe took the references, so the maps always precede the
 * stacks that need them. One snapshot per address space: a library
 * dlopen()ed after the first snapshot is not in it (its frames print raw).
 */
#ifndef XT_USTACK_H
#define XT_USTACK_H

#include <linux/sched/mm.h>
#include <linux/sched/task_stack.h>
#include <linux/mm.h>
#include <linux/dcache.h>
#include <linux/moduleparam.h>

enum { XT_REC_USTACK = 16, XT_REC_UMAP = 17 };

/* The sandbox guest runs programs chrooted into the host root: paths the
 * reader (outside the chroot) sees start with the mount point. */
static char *xt_uroot = "";
module_param(xt_uroot, charp, 0400);
MODULE_PARM_DESC(xt_uroot, "prefix stripped from the paths of user-space mappings");

#define XT_UMM_SLOTS 128
#define XT_UM_BUFSZ (64 * 1024)

enum { XT_UMM_FREE, XT_UMM_CLAIMED, XT_UMM_PENDING, XT_UMM_DONE };

struct xt_umm {
	struct mm_struct *mm;
	int state;
};

static struct xt_umm xt_umms[XT_UMM_SLOTS];
static atomic_t xt_umm_pending = ATOMIC_INIT(0);
/* Snapshot records not yet copied to the reader (reader side only, under
 * xt_read_mutex). */
static char *xt_um_buf;
static size_t xt_um_len, xt_um_off;

/* The slot (1-based; 0: table full) naming the current address space. */
static noinline int xt_umm_slot(struct mm_struct *mm)
{
	int i;

	for (i = 0; i < XT_UMM_SLOTS; i++) {
		struct mm_struct *m = READ_ONCE(xt_umms[i].mm);

		if (m == mm)
			return i + 1;
		if (m)
			continue;
		if (cmpxchg(&xt_umms[i].mm, NULL, mm) != NULL) {
			if (READ_ONCE(xt_umms[i].mm) == mm)
				return i + 1;
			continue;
		}
		mmgrab(mm);
		if (mmget_not_zero(mm)) {
			atomic_inc(&xt_umm_pending);
			smp_store_release(&xt_umms[i].state, XT_UMM_PENDING);
		} else {
			smp_store_release(&xt_umms[i].state, XT_UMM_DONE);
		}
		return i + 1;
	}
	return 0;
}

/* The slot of the current task's address space, for a user address the
 * driver names later (stap's usymname(), print_ustack(s)); 0 in a kernel
 * thread. */
static noinline __maybe_unused s64 xt_umm_cur(void)
{
	if (!current->mm || (current->flags & PF_KTHREAD))
		return 0;
	return xt_umm_slot(current->mm);
}

static __always_inline bool xt_uword(unsigned long addr, unsigned long *v)
{
	return !copy_from_user_nofault(v, (const void __user *)addr, sizeof(*v));
}

/* Is `ret` a return address, i.e. right after a call instruction? (e8 rel32,
 * or ff 15 disp32 as -fno-plt emits.) */
static bool xt_after_call(unsigned long ret)
{
	u8 b[6];

	if (ret < 6 || copy_from_user_nofault(b, (const void __user *)(ret - 6), 6))
		return false;
	return b[1] == 0xe8 || (b[0] == 0xff && b[1] == 0x15);
}

/* The user frames of the current task into c->ustk; how many. */
static noinline unsigned int xt_ustack_walk(struct xt_ctx *c, unsigned int max)
{
	struct pt_regs *regs;
	unsigned long fp, sp, ret, next, leaf = 0;
	unsigned int n = 0;

	if (!current->mm || (current->flags & PF_KTHREAD) || !max)
		return 0;
	regs = (c->regs && user_mode(c->regs)) ? c->regs : task_pt_regs(current);
	if (!user_mode(regs))
		return 0;
	c->ustk[n++] = instruction_pointer(regs);
#ifdef CONFIG_X86_64
	if (!user_64bit_mode(regs))
		return n;
	sp = user_stack_pointer(regs);
	fp = regs->bp;
	if (xt_uword(sp, &ret) && ret && (c->uentry || xt_after_call(ret)))
		leaf = ret;
	if (leaf && n < max)
		c->ustk[n++] = leaf;
	while (n < max) {
		if (!fp || (fp & 7) || fp < sp)
			break;
		if (!xt_uword(fp, &next) || !xt_uword(fp + 8, &ret) || !ret)
			break;
		/* The leaf's caller kept a frame: its return is the one at [sp]. */
		if (!(leaf && ret == leaf && n == 2))
			c->ustk[n++] = ret;
		if (next <= fp)
			break;
		fp = next;
	}
#endif
	return n;
}

static noinline __maybe_unused void xt_put_ustack(struct xt_ctx *c, u16 id, unsigned int max)
{
	unsigned int n, slot = 0;
	char *p;

	n = xt_ustack_walk(c, min_t(unsigned int, max, XT_USTKDEPTH));
	if (n)
		slot = xt_umm_slot(current->mm);
#ifdef XT_SPEC_H
	p = xt_spec_reserve(c, 16 + 8 * n, XT_REC_USTACK, id);
#else
	p = xt_rec_reserve(16 + 8 * n, XT_REC_USTACK, id);
#endif
	if (!p)
		return;
	p = xt_put_int(p, slot);
	p = xt_put_int(p, n);
	memcpy(p, c->ustk, 8 * n);
	xt_rec_commit();
}

/* A ustack() aggregation key at p: slot, frame count, `cap` frames (the unused
 * ones zero, so equal stacks are equal keys). */
static noinline __maybe_unused void xt_ustack_key(char *p, struct xt_ctx *c, unsigned int depth,
						  unsigned int cap)
{
	unsigned int n = xt_ustack_walk(c, min_t(unsigned int, min(depth, cap), XT_USTKDEPTH));
	u64 slot = n ? xt_umm_slot(current->mm) : 0, nn = n;

	memcpy(p, &slot, 8);
	memcpy(p + 8, &nn, 8);
	memcpy(p + 16, c->ustk, 8 * n);
	memset(p + 16 + 8 * n, 0, 8 * (cap - n));
}

/* stap's ustack(n): frame n of the current task's user stack (0: where it
 * entered the kernel or hit the uprobe, 1: the return address into its
 * caller...), by the walk ubacktrace() takes; 0 where the walk does not reach. */
static noinline __maybe_unused s64 xt_ustack_frame(struct xt_ctx *c, s64 n)
{
	if (n < 0 || n >= XT_USTKDEPTH || xt_ustack_walk(c, (unsigned int)n + 1) <= n)
		return 0;
	return (s64)c->ustk[n];
}

/* stap's ubacktrace(): the frames as `0x%016lx` words, space-separated, at
 * most XT_MAXBACKTRACE of them and cut at a whole word within XT_MAXSTRINGLEN. */
static noinline __maybe_unused const char *xt_ubacktrace(struct xt_ctx *c, char *buf)
{
	unsigned int n = xt_ustack_walk(c, min_t(unsigned int, XT_USTKDEPTH, XT_MAXBACKTRACE)), i;
	size_t len = 0;

	buf[0] = 0;
	for (i = 0; i < n && len + 19 + !!i < XT_MAXSTRINGLEN; i++)
		len += scnprintf(buf + len, XT_MAXSTRINGLEN - len, "%s0x%016lx", i ? " " : "", c->ustk[i]);
	return buf;
}

/* Reader side: one XT_REC_UMAP record per executable file mapping of slot i
 * (payload: slot, start, end, file offset of start, path), into xt_um_buf. */
static void xt_umm_snapshot(int i)
{
	struct mm_struct *mm = xt_umms[i].mm;
	struct vm_area_struct *vma;
	size_t rootlen = strlen(xt_uroot);
	char *pathbuf = kmalloc(PATH_MAX, GFP_KERNEL);

	xt_um_len = xt_um_off = 0;
	if (!xt_um_buf)
		xt_um_buf = kvmalloc(XT_UM_BUFSZ, GFP_KERNEL);
	if (xt_um_buf && pathbuf && !mmap_read_lock_killable(mm)) {
		VMA_ITERATOR(vmi, mm, 0);

		for_each_vma(vmi, vma) {
			struct xt_rec *rec;
			char *path, *q;
			u16 len;
			u32 reclen;

			if (!vma->vm_file || !(vma->vm_flags & VM_EXEC))
				continue;
			path = d_path(&vma->vm_file->f_path, pathbuf, PATH_MAX);
			if (IS_ERR(path))
				continue;
			/* A file outside the host root is the guest's own (its
			 * busybox): the driver cannot open it, so it is not sent
			 * and its frames print as addresses. */
			if (rootlen) {
				if (strncmp(path, xt_uroot, rootlen) || path[rootlen] != '/')
					continue;
				path += rootlen;
			}
			len = min_t(size_t, strlen(path), 4096);
			reclen = ALIGN(sizeof(*rec) + 32 + 2 + len, 8);
			if (xt_um_len + reclen > XT_UM_BUFSZ)
				break;
			rec = (struct xt_rec *)(xt_um_buf + xt_um_len);
			memset(rec, 0, reclen);
			rec->len = reclen;
			rec->type = XT_REC_UMAP;
			q = (char *)(rec + 1);
			q = xt_put_int(q, i + 1);
			q = xt_put_int(q, vma->vm_start);
			q = xt_put_int(q, vma->vm_end);
			q = xt_put_int(q, (u64)vma->vm_pgoff << PAGE_SHIFT);
			xt_put_str(q, path, len);
			xt_um_len += reclen;
		}
		mmap_read_unlock(mm);
	}
	kfree(pathbuf);
	mmput(mm);
	WRITE_ONCE(xt_umms[i].state, XT_UMM_DONE);
	atomic_dec(&xt_umm_pending);
}

/* Copy pending mapping snapshots to the reader: bytes copied, 0 when there
 * are none, -ENOSPC when the next one does not fit in what is left. */
static ssize_t xt_umaps_out(char __user *buf, size_t count)
{
	for (;;) {
		size_t n = 0;
		int i;

		while (xt_um_off + n < xt_um_len) {
			struct xt_rec *rec = (struct xt_rec *)(xt_um_buf + xt_um_off + n);

			if (n + rec->len > count)
				break;
			n += rec->len;
		}
		if (n) {
			if (copy_to_user(buf, xt_um_buf + xt_um_off, n))
				return -EFAULT;
			xt_um_off += n;
			return n;
		}
		if (xt_um_off < xt_um_len)
			return -ENOSPC;
		if (!atomic_read(&xt_umm_pending))
			return 0;
		for (i = 0; i < XT_UMM_SLOTS; i++)
			if (smp_load_acquire(&xt_umms[i].state) == XT_UMM_PENDING)
				break;
		if (i == XT_UMM_SLOTS)
			return 0;
		xt_umm_snapshot(i);
	}
}

static void xt_ustack_free(void)
{
	int i;

	for (i = 0; i < XT_UMM_SLOTS; i++) {
		struct mm_struct *mm = xt_umms[i].mm;

		if (!mm)
			continue;
		if (xt_umms[i].state == XT_UMM_PENDING)
			mmput(mm);
		mmdrop(mm);
		xt_umms[i].mm = NULL;
	}
	kvfree(xt_um_buf);
	xt_um_buf = NULL;
}

#endif /* XT_USTACK_H */
