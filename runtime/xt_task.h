/* SPDX-License-Identifier: GPL-2.0 */
/* stap's task tapset pieces that need the kernel's own lookups: pid2task(),
 * pid2execname(), cmdline_str(), randint(), addr_to_node(), and D's progenyof().
 * Nothing here sleeps or allocates. */
#ifndef XT_TASK_H
#define XT_TASK_H

#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/rcupdate.h>
#include <linux/random.h>
#include <linux/mmzone.h>
#include <linux/nodemask.h>
#include <linux/sched/mm.h>
#include <linux/sched/loadavg.h>
#include <linux/sched/task_stack.h>
#include <linux/uaccess.h>
#include <asm/irq_regs.h>

/* The task with thread id `nr` in the initial pid namespace, or NULL. Looked up
 * in init_pid_ns rather than current's: a probe may fire in a task that has
 * already left its namespace on the way out. The pointer is only ever read
 * through *_nofault accessors afterwards. */
static __maybe_unused struct task_struct *xt_pid2task(s64 nr)
{
	struct task_struct *t = NULL;

	if (nr <= 0 || nr > PID_MAX_LIMIT)
		return NULL;
	rcu_read_lock();
	t = pid_task(find_pid_ns((int)nr, &init_pid_ns), PIDTYPE_PID);
	rcu_read_unlock();
	return t;
}

/* stap loadavg.stp: avenrun[i], the 1-, 5- and 15-minute load averages in the
 * kernel's fixed point (FSHIFT fraction bits); 0 for another index. */
static __always_inline s64 xt_loadavg(s64 i)
{
	return (i >= 0 && i < 3) ? (s64)READ_ONCE(avenrun[i]) : 0;
}

/* pid2execname(): the comm of task `nr`, "" when there is none. */
static __maybe_unused const char *xt_pid2execname(char *dst, s64 nr)
{
	struct task_struct *t;

	dst[0] = '\0';
	if (nr <= 0 || nr > PID_MAX_LIMIT)
		return dst;
	rcu_read_lock();
	t = pid_task(find_pid_ns((int)nr, &init_pid_ns), PIDTYPE_PID);
	if (t)
		strscpy(dst, t->comm, min_t(size_t, XT_MAXSTRINGLEN, TASK_COMM_LEN));
	rcu_read_unlock();
	return dst;
}

/* The arguments of the process the probe describes (XT_CUR: in process.begin,
 * the new or walked process), NUL-separated, into dst; their length. Read
 * without faulting from the current address space, which holds them when the
 * task is current, shares current's mm, or is current's fresh fork (a copy of
 * it); another process's cannot be read without sleeping, so the
 * process.begin walk reads each walked process's beforehand (xt_proc.h). */
static noinline __maybe_unused long xt_cmdline_read(struct xt_ctx *c, char *dst)
{
	struct task_struct *t = XT_CUR(c);
	struct mm_struct *mm = READ_ONCE(t->mm);
	unsigned long a, e;
	long n = 0;

#ifdef XT_CTX_TASK
	if (c->task && c->task_args) {  /* read by the walk, which may sleep */
		n = min_t(long, c->task_args_len, XT_MAXSTRINGLEN - 1);
		memcpy(dst, c->task_args, n);
		dst[n] = '\0';
		return n;
	}
#endif
	if (!mm || (t->flags & PF_KTHREAD) || !current->mm || (current->flags & PF_KTHREAD))
		return 0;
	if (mm != current->mm && READ_ONCE(t->real_parent) != current)
		return 0;
	a = READ_ONCE(mm->arg_start);
	e = READ_ONCE(mm->arg_end);
	if (e > a)
		n = min_t(long, e - a, XT_MAXSTRINGLEN - 1);
	if (n > 0 && copy_from_user_nofault(dst, (const void __user *)a, n))
		n = 0;
	while (n > 0 && dst[n - 1] == '\0')
		n--;
	dst[n] = '\0';
	return n;
}

/* cmdline_str(): the process's arguments joined by spaces ("" when unreadable,
 * or for a kernel thread). */
static __maybe_unused const char *xt_cmdline_str(struct xt_ctx *c, char *dst)
{
	long n = xt_cmdline_read(c, dst), i;

	for (i = 0; i < n; i++)
		if (dst[i] == '\0')
			dst[i] = ' ';
	return dst;
}

static long xt_cat(char *dst, long len, const char *src, long slen)
{
	long take = min_t(long, slen, XT_MAXSTRINGLEN - 1 - len);

	if (take > 0) {
		memcpy(dst + len, src, take);
		len += take;
	}
	dst[len] = '\0';
	return len;
}

/* cmdline_args(n, m, delim): arguments n to m (m < 0: to the last) joined by
 * delim; cmdline_arg(n) is cmdline_args(n, n, ""). "" past the last one. */
static __maybe_unused const char *xt_cmdline_args(struct xt_ctx *c, char *dst, char *tmp, s64 first,
						  s64 last, const char *delim)
{
	long n = xt_cmdline_read(c, tmp), i = 0, len = 0;
	s64 k;

	dst[0] = '\0';
	if (first < 0)
		return dst;
	for (k = 0; i < n && (last < 0 || k <= last); k++) {
		long alen = strnlen(tmp + i, n - i);

		if (k >= first) {
			if (k > first)
				len = xt_cat(dst, len, delim, strlen(delim));
			len = xt_cat(dst, len, tmp + i, alen);
		}
		i += alen + 1;
	}
	return dst;
}

/* randint(n): a random number in [0, n); stap allows n up to 2^20. */
static __maybe_unused s64 xt_randint(s64 n)
{
	if (n <= 0)
		return 0;
	return (s64)(get_random_u32() % (u32)n);
}

/* D's progenyof(pid): 1 when `t`'s process is `pid` or one of its ancestors
 * is, following real_parent (the process that forked it, not a ptracer) up to
 * the idle task (pid 0, whose parent is itself), so progenyof(0) is always 1.
 * The walk is bounded: a chain deeper than this is not a real process tree. */
#define XT_PROGENY_MAX_DEPTH 4096
static __maybe_unused s64 xt_progenyof(struct task_struct *t, s64 pid)
{
	s64 found = 0;
	int depth;

	rcu_read_lock();
	for (depth = 0; t && depth < XT_PROGENY_MAX_DEPTH; depth++) {
		struct task_struct *parent;

		if ((s64)t->tgid == pid) {
			found = 1;
			break;
		}
		parent = rcu_dereference(t->real_parent);
		if (parent == t)
			break;
		t = parent;
	}
	rcu_read_unlock();
	return found;
}

/* user_mode(): whether the probe interrupted user space. A timer's handler has
 * no registers of its own: the interrupted context is the irq's. */
static __always_inline __maybe_unused s64 xt_user_mode(struct pt_regs *regs)
{
	if (!regs)
		regs = get_irq_regs();
	return regs ? (s64)user_mode(regs) : 0;
}

/* stap's register(): slot `i` of the registers the probe stopped (the
 * lowering allows it only at kprobes and uprobes, which have them); 0 for an
 * index past the struct. */
static __maybe_unused s64 xt_probe_register(struct pt_regs *regs, s64 i)
{
	if (!regs || i < 0 || i >= (s64)(sizeof(struct pt_regs) / sizeof(unsigned long)))
		return 0;
	return (s64)((unsigned long *)regs)[i];
}

/* D's uregs[]: slot `i` of the user registers the thread saved on entering the
 * kernel, which is where a system call, an interrupt of user code and a uprobe
 * all keep them. A kernel thread has none: 0. */
static __maybe_unused s64 xt_user_register(s64 i)
{
	if (current->flags & PF_KTHREAD)
		return 0;
	return xt_probe_register(task_pt_regs(current), i);
}

/* addr_to_node(): the online NUMA node whose page frames span the physical
 * page of `addr`, taken as a kernel direct-map address as memory.stp does; 0
 * when no node spans it (what stap returns then too). Only arithmetic on the
 * address: __phys_addr_nodebug() never checks it (a user address gives some
 * frame number, as under stap), and nothing is read at it. */
static __maybe_unused s64 xt_addr_to_node(s64 addr)
{
	unsigned long pfn = __phys_addr_nodebug((unsigned long)addr) >> PAGE_SHIFT;
	int nid;

	for_each_online_node(nid) {
		if (pfn >= node_start_pfn(nid) && pfn < node_end_pfn(nid))
			return nid;
	}
	return 0;
}

#endif /* XT_TASK_H */
