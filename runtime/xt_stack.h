/* xtrace kernel runtime: kernel stack traces.
 *
 * The return addresses of the probed kernel code, from where the probe stopped
 * it (xt_kstack_walk); the driver resolves them against the target's kallsyms
 * (runtime/stacks.py).
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

/* The leading frames of a walk from this handler that are not the probed
 * code: this module's own, then any frame whose symbol is unknown (a ftrace
 * trampoline) or begins with the name of the kernel's probe, trace or
 * interrupt-entry machinery (runtime/stacks.py's list, which the code
 * generator passes as XT_MACHINERY_PREFIXES). Only here can the module's own
 * frames be told apart: the driver's kallsyms predates the module.
 * sprint_symbol_no_offset() reads kallsyms without locks, as the kernel's own
 * stack dumps do from any context. */
static const char *const xt_machinery[] __maybe_unused = { XT_MACHINERY_PREFIXES };
/* a symbol's name, per CPU: KSYM_SYMBOL_LEN is over 600 bytes, too much for the
 * stack a probe handler borrows (a probe's context is one per CPU at a time) */
static DEFINE_PER_CPU(char [KSYM_SYMBOL_LEN], xt_ksym_name);

static __maybe_unused unsigned int xt_kstack_own(struct xt_ctx *c, unsigned int n)
{
	char *name = this_cpu_ptr(xt_ksym_name);
	unsigned int i, k;

	for (i = 0; i < n && within_module(c->stk[i], THIS_MODULE); i++)
		;
	for (; i < n; i++) {
		bool machinery = false;

		sprint_symbol_no_offset(name, c->stk[i]);
		if (name[0] == '0' && name[1] == 'x')
			continue;  /* no symbol: not the probed code */
		for (k = 0; k < ARRAY_SIZE(xt_machinery) && !machinery; k++)
			machinery = !strncmp(name, xt_machinery[k], strlen(xt_machinery[k]));
		if (!machinery)
			break;
	}
	return i;
}

/* The registers of the kernel code the probe stopped, NULL where it has none:
 * a kprobe's (regs->ip: the probed instruction), a kretprobe's (the return
 * address it returns to), a perf event's, or those a timer's tick interrupted
 * (D's profile-N, stap's timer.*: the handler runs in the hard irq). Registers
 * of user space (a system call's, a uprobe's, a tick in user code) stop no
 * kernel code, and those a software perf event makes up with
 * perf_fetch_caller_regs() (no X86_EFLAGS_FIXED: no trap's) are no code's. */
static __always_inline struct pt_regs *xt_kstack_regs(struct xt_ctx *c)
{
	struct pt_regs *regs = c->regs;

	if (!regs && c->tick && in_hardirq())
		regs = get_irq_regs();
	if (!regs || user_mode(regs) || !(regs->flags & X86_EFLAGS_FIXED))
		return NULL;
	return regs;
}

/* The stack of the kernel code stopped with `regs` into c->stk, at most `max`
 * frames: regs->ip, then the return addresses the unwinder finds from the
 * registers, as the kernel's own perf callchains walk them. At a function's
 * entry the ORC unwinder knows the return address is at regs->sp (no frame is
 * set up yet), which a frame-pointer walk would miss. */
static noinline __maybe_unused unsigned int xt_kstack_from(struct xt_ctx *c, struct pt_regs *regs,
							   unsigned int max)
{
	struct unwind_state st;
	unsigned int n = 0;
	unsigned long addr;

	if (!max)
		return 0;
	c->stk[n++] = instruction_pointer(regs);
	for (unwind_start(&st, current, regs, NULL); !unwind_done(&st) && n < max;
	     unwind_next_frame(&st)) {
		addr = unwind_get_return_address(&st);
		if (!addr)
			break;
		c->stk[n++] = addr;
	}
	return n;
}

/* The probed kernel code's stack into c->stk, at most `max` frames (up to
 * XT_STKDEPTH), for backtrace(), print_backtrace(), stack(), stackdepth and
 * stktrace(): frame 0 is where the probe stopped that code, the next ones the
 * return addresses of its callers. So the string, key or stktrace_t value is
 * the same for every hit of the same path, and names only the probed code: no
 * frame of the probe machinery or of this module, which vary with how the
 * probe was reached and are not what the script asked for.
 *
 * With registers of the stopped code (xt_kstack_regs) the walk starts from
 * them; a tick that interrupted user space stopped no kernel code: no frames.
 * Otherwise (a tracepoint, begin/end, a system call's or a uprobe's user
 * registers) the walk starts here and drops the leading frames that are the
 * probe's own (xt_kstack_own), as stap's backtrace() falls back to the
 * handler's stack where it has no registers. */
static noinline __maybe_unused unsigned int xt_kstack_walk(struct xt_ctx *c, unsigned int max)
{
	struct pt_regs *regs = xt_kstack_regs(c);
	unsigned int n, skip;

	if (max > XT_STKDEPTH)
		max = XT_STKDEPTH;
	if (regs)
		return xt_kstack_from(c, regs, max);
	if (!c->regs && c->tick && in_hardirq() && get_irq_regs())
		return 0;  /* the tick interrupted user space */
	n = stack_trace_save(c->stk, XT_STKDEPTH, 0);
	skip = xt_kstack_own(c, n);
	n = min(n - skip, max);
	memmove(c->stk, c->stk + skip, n * sizeof(c->stk[0]));
	return n;
}

static noinline __maybe_unused void xt_put_stack(struct xt_ctx *c, u16 id)
{
	unsigned int n = xt_kstack_walk(c, XT_STKDEPTH);
	char *p;

#ifdef XT_SPEC_H
	p = xt_spec_reserve(c, 8 + 8 * n, XT_REC_STACK, id);
#else
	p = xt_rec_reserve(8 + 8 * n, XT_REC_STACK, id);
#endif
	if (!p)
		return;
	p = xt_put_int(p, n);
	memcpy(p, c->stk, 8 * n);
	xt_rec_commit();
}

/* D's @[stack()] key at p: the depth to print, the frame count, then
 * XT_STKDEPTH frames (unused ones zeroed, so equal stacks are equal keys). */
static noinline __maybe_unused void xt_kstack_key(char *p, struct xt_ctx *c, u64 depth)
{
	u64 n = xt_kstack_walk(c, XT_STKDEPTH);

	memcpy(p, &depth, 8);
	memcpy(p + 8, &n, 8);
	memcpy(p + 16, c->stk, 8 * n);
	memset(p + 16 + 8 * n, 0, 8 * (XT_STKDEPTH - n));
}

/* stap's backtrace(): the frames as `0x%016lx` words, space-separated, at
 * most XT_MAXBACKTRACE of them (stap's unwinder stops there) and cut at a
 * whole word within XT_MAXSTRINGLEN; the first is the probed code's. */
static noinline __maybe_unused const char *xt_kbacktrace(struct xt_ctx *c, char *buf)
{
	unsigned int n = xt_kstack_walk(c, XT_MAXBACKTRACE), i;
	size_t len = 0;

	buf[0] = 0;
	for (i = 0; i < n && len + 19 + (i > 0) < XT_MAXSTRINGLEN; i++)
		len += scnprintf(buf + len, XT_MAXSTRINGLEN - len, "%s0x%016lx", i ? " " : "", c->stk[i]);
	return buf;
}

/* D's stackdepth: the number of frames stack() prints at this probe. */
static noinline __maybe_unused s64 xt_kstack_depth(struct xt_ctx *c)
{
	return xt_kstack_walk(c, XT_STKDEPTH);
}

/* stap's stack(n) (and caller_addr(), D's caller): the address of frame n of
 * the stopped kernel code, 0 where there is none. Frame 0 is where the probe
 * stopped the code, frame 1 the return address into its caller, and so on:
 * backtrace()'s words where the probe has registers (xt_kstack_regs). A probe
 * with none (begin/end, a tracepoint, a system call's user registers) has no
 * frames here, as stap's stack(n) needs the probe's registers (its
 * backtrace() falls back to the handler's stack; xt_kstack_walk does too). */
static noinline __maybe_unused s64 xt_kstack_frame(struct xt_ctx *c, s64 n)
{
	struct pt_regs *regs = xt_kstack_regs(c);

	if (n < 0 || n >= XT_STKDEPTH || !regs || xt_kstack_from(c, regs, n + 1) <= n)
		return 0;
	return (s64)c->stk[n];
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
		for (unwind_start(&st, t, NULL, NULL); !unwind_done(&st) &&
		     n < min_t(unsigned int, XT_STKDEPTH, XT_MAXBACKTRACE);
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
