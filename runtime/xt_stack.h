/* xtrace kernel runtime: kernel stack traces.
 *
 * The raw return addresses of the current stack, from inside the probe
 * handler; the driver resolves them against the target's kallsyms and drops
 * the frames of the probe machinery (runtime/stacks.py).
 */
#ifndef XT_STACK_H
#define XT_STACK_H

#include <linux/stacktrace.h>
#include <linux/kallsyms.h>
#include <linux/pid.h>
#include <linux/rcupdate.h>
#include <linux/uaccess.h>
#include <asm/unwind.h>
#include <asm/irq_regs.h>

/* The current stack into c->stk; returns the frame count and sets *skip to
 * the leading frames that are our own: they are not the probed code, and only
 * here, where the module knows its addresses, can they be told apart (the
 * driver's kallsyms predates the module). */
static __always_inline unsigned int xt_kstack_save(struct xt_ctx *c, unsigned int *skip)
{
	unsigned int n = stack_trace_save(c->stk, XT_STKDEPTH, 0);

	*skip = 0;
	while (*skip < n && within_module(c->stk[*skip], THIS_MODULE))
		(*skip)++;
	return n;
}

static noinline __maybe_unused void xt_put_stack(struct xt_ctx *c, u16 id)
{
	unsigned int skip, n = xt_kstack_save(c, &skip);
	char *p;

#ifdef XT_SPEC_H
	p = xt_spec_reserve(c, 8 + 8 * (n - skip), XT_REC_STACK, id);
#else
	p = xt_rec_reserve(8 + 8 * (n - skip), XT_REC_STACK, id);
#endif
	if (!p)
		return;
	p = xt_put_int(p, n - skip);
	memcpy(p, c->stk + skip, 8 * (n - skip));
	xt_rec_commit();
}

/* D's @[stack()] key at p: the depth to print, the frame count, then
 * XT_STKDEPTH frames (unused ones zeroed, so equal stacks are equal keys).
 * The driver drops the probe's own frames before it keeps `depth`. */
static noinline __maybe_unused void xt_kstack_key(char *p, struct xt_ctx *c, u64 depth)
{
	unsigned int skip, n = xt_kstack_save(c, &skip);
	u64 nn = n - skip;

	memcpy(p, &depth, 8);
	memcpy(p + 8, &nn, 8);
	memcpy(p + 16, c->stk + skip, 8 * nn);
	memset(p + 16 + 8 * nn, 0, 8 * (XT_STKDEPTH - nn));
}

/* stap's backtrace(): the frames as `0x%016lx` words, space-separated, cut
 * at a whole word within XT_MAXSTRINGLEN. The probe's own frames (the kernel's
 * probe machinery) are in it: the driver drops them when it prints the
 * string with print_stack() (runtime/stacks.py). */
static noinline __maybe_unused const char *xt_kbacktrace(struct xt_ctx *c, char *buf)
{
	unsigned int skip, n = xt_kstack_save(c, &skip), i;
	size_t len = 0;

	buf[0] = 0;
	for (i = skip; i < n && len + 19 + (i > skip) < XT_MAXSTRINGLEN; i++)
		len += scnprintf(buf + len, XT_MAXSTRINGLEN - len, "%s0x%016lx", i > skip ? " " : "",
				 c->stk[i]);
	return buf;
}

/* D's stackdepth: the number of frames stack() prints at this probe. The
 * walk is stack()'s, and the leading frames dropped are those the driver
 * drops when it prints one (runtime/stacks.py, whose list of the kernel's
 * probe machinery the code generator passes as XT_MACHINERY_PREFIXES): this
 * module's own, and then any frame whose symbol is unknown or begins with a
 * machinery name. sprint_symbol_no_offset() reads kallsyms without locks, as
 * the kernel's own stack dumps do from any context. Like stack(), the walk
 * keeps XT_STKDEPTH frames, the probe's own included. */
#ifdef XT_MACHINERY_PREFIXES
static const char *const xt_machinery[] = { XT_MACHINERY_PREFIXES };
/* a symbol's name, per CPU: KSYM_SYMBOL_LEN is over 600 bytes, too much for the
 * stack a probe handler borrows (a probe's context is one per CPU at a time) */
static DEFINE_PER_CPU(char [KSYM_SYMBOL_LEN], xt_ksym_name);

static noinline __maybe_unused s64 xt_kstack_depth(struct xt_ctx *c)
{
	char *name = this_cpu_ptr(xt_ksym_name);
	unsigned int skip, n = xt_kstack_save(c, &skip), i, k;

	for (i = skip; i < n; i++) {
		bool machinery = false;

		sprint_symbol_no_offset(name, c->stk[i]);
		if (name[0] == '0' && name[1] == 'x')
			continue;  /* no symbol: not the probed code */
		for (k = 0; k < ARRAY_SIZE(xt_machinery) && !machinery; k++)
			machinery = !strncmp(name, xt_machinery[k], strlen(xt_machinery[k]));
		if (!machinery)
			break;
	}
	return (s64)(n - i);
}
#endif

/* stap's stack(n): the address of frame n of the probed kernel code, 0 where
 * there is none. Frame 0 is where the probe stopped the code (regs->ip: the
 * probed instruction of a kprobe, the return address a kretprobe returns
 * to), frame 1 the return address into its caller, and so on. The walk starts
 * from the probe's registers, not from this handler: so no frame of the
 * kprobe machinery or of this module is in it, and the frames need no
 * naming to be dropped (which only the driver could do, backtrace() strings
 * keep them). At a function's entry the ORC unwinder knows the return
 * address is at regs->sp (no frame is set up yet), which a frame-pointer
 * walk would miss; it is the walk the kernel's own perf callchains take
 * from a kprobe's registers (regs->ip, then unwind_start(regs)). A probe
 * with no kernel registers (begin/end, a tracepoint, the syscall tracepoint
 * whose registers are user space's) has no frames. */
static noinline __maybe_unused s64 xt_kstack_frame(struct xt_ctx *c, s64 n)
{
	struct pt_regs *regs = c->regs;
	struct unwind_state st;
	unsigned long addr;
	s64 i = 1;

	/* A timer's handler (D's profile-N, stap's timer.profile) runs in the hard
	 * irq: its frames are those of the code the tick interrupted. */
	if (!regs && in_hardirq())
		regs = get_irq_regs();
	if (n < 0 || n >= XT_STKDEPTH || !regs || user_mode(regs))
		return 0;
	if (n == 0)
		return (s64)instruction_pointer(regs);
	for (unwind_start(&st, current, regs, NULL); !unwind_done(&st) && i < XT_STKDEPTH;
	     unwind_next_frame(&st), i++) {
		addr = unwind_get_return_address(&st);
		if (!addr)
			break;
		if (i == n)
			return (s64)addr;
	}
	return 0;
}

/* stap's task_backtrace(task): the kernel stack of another task, written as
 * backtrace() writes one. `task` comes from the script, so it is trusted only
 * once its pid, read without faulting, looks up to that same task; the lookup
 * and the walk share one RCU read section, in which neither the task_struct
 * nor its stack can be freed. A task running elsewhere meanwhile gives the
 * frames the unwinder can make sense of, as /proc/PID/stack does. The current
 * task is backtrace() itself. The kernel's stack_trace_save_tsk() is not
 * exported by 6.1, so the ORC unwinder's exported steps walk it. */
static noinline __maybe_unused const char *xt_task_backtrace(struct xt_ctx *c, char *buf, s64 task)
{
	struct task_struct *t = (struct task_struct *)(unsigned long)task;
	struct unwind_state st;
	unsigned long addr;
	unsigned int n = 0;
	size_t len = 0;
	pid_t pid;

	buf[0] = 0;
	if (!t)
		return buf;
	if (t == current)
		return xt_kbacktrace(c, buf);
	if (copy_from_kernel_nofault(&pid, &t->pid, sizeof(pid)) || pid <= 0)
		return buf;
	rcu_read_lock();
	if (pid_task(find_pid_ns(pid, &init_pid_ns), PIDTYPE_PID) == t) {
		for (unwind_start(&st, t, NULL, NULL); !unwind_done(&st) && n < XT_STKDEPTH;
		     unwind_next_frame(&st)) {
			addr = unwind_get_return_address(&st);
			if (!addr || len + 19 + (n > 0) >= XT_MAXSTRINGLEN)
				break;
			len += scnprintf(buf + len, XT_MAXSTRINGLEN - len, "%s0x%016lx", n ? " " : "",
					 addr);
			n++;
		}
	}
	rcu_read_unlock();
	return buf;
}

#endif /* XT_STACK_H */
