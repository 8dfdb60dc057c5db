/* stap's process.begin / process.end (the task finder), from the sched
 * tracepoints, never sleeping in probe context.
 *
 * Each written point is one selector: any process, one pid, or one
 * executable path. .begin fires for each process alive when the session
 * starts (a walk in process context, after the probes are armed), for each new
 * process (a fork that is not a thread, as the child) and after each exec;
 * .end fires when the last thread of a process exits, and at an exec for the
 * image being replaced (stap "hardcodes an exec as a process end").
 * A path selector remembers the processes it matched (their executable is gone
 * by the time sched_process_exit fires) in a small open-addressed set.
 */
#ifndef XT_PROC_H
#define XT_PROC_H

#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/mm_types.h>
#include <linux/namei.h>
#include <linux/path.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/binfmts.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/pid.h>
#include <linux/sched/mm.h>

#define XT_PROC_TRACK 1024

/* Prefix of the executable paths (the sandbox guest's mount of the host root). */
static char *xt_proot = "";
module_param(xt_proot, charp, 0400);
MODULE_PARM_DESC(xt_proot, "prefix of the paths of process(\"PATH\") probes");

struct xt_procsel {
	bool begin;            /* .begin (else .end) */
	bool thread;           /* .thread.begin / .thread.end: threads but the main one */
	pid_t pid;             /* process(PID): only it; 0: any */
	const char *path;      /* process("PATH"): only that executable; NULL: any */
	struct path where;     /* PATH, resolved when the probes are armed */
	bool resolved;
	atomic_t track[XT_PROC_TRACK];  /* tgids matched by a path selector; 0 free, -1 deleted */
};

static int xt_proc_resolve(struct xt_procsel *s)
{
	char *full;

	if (!s->path || s->resolved)
		return 0;
	full = kasprintf(GFP_KERNEL, "%s%s", xt_proot, s->path);
	if (!full)
		return -ENOMEM;
	/* no such file: the selector matches nothing */
	s->resolved = !kern_path(full, LOOKUP_FOLLOW, &s->where);
	kfree(full);
	return 0;
}

static void xt_proc_release(struct xt_procsel *s)
{
	if (s->resolved)
		path_put(&s->where);
	s->resolved = false;
}

static bool xt_proc_mm_exe_is(struct xt_procsel *s, struct mm_struct *mm)
{
	struct file *f;
	bool same;

	rcu_read_lock();
	f = rcu_dereference(mm->exe_file);
	same = f && file_inode(f) == d_inode(s->where.dentry);
	rcu_read_unlock();
	return same;
}

/* Whether t runs the selector's executable. exe is the new image at an exec;
 * a fork's child (newborn) has not run yet, so its mm is stable without a
 * lock (task_lock is a sleeping lock on PREEMPT_RT: not in a tracepoint);
 * the walk, in process context, reads another task's mm under task_lock. */
static bool xt_proc_exe_is(struct xt_procsel *s, struct task_struct *t, struct file *exe,
			   bool newborn)
{
	bool same = false;

	if (!s->resolved)
		return false;
	if (exe)
		return file_inode(exe) == d_inode(s->where.dentry);
	if (newborn)
		return t->mm && xt_proc_mm_exe_is(s, t->mm);
	task_lock(t);
	if (t->mm)
		same = xt_proc_mm_exe_is(s, t->mm);
	task_unlock(t);
	return same;
}

static bool xt_proc_wants(struct xt_procsel *s, struct task_struct *t, struct file *exe,
			  bool newborn)
{
	if (t->flags & PF_KTHREAD)
		return false;
	if (t->tgid == READ_ONCE(xt_starter_tgid))
		return false;
	if (s->pid && t->tgid != s->pid)
		return false;
	return !s->path || xt_proc_exe_is(s, t, exe, newborn);
}

static void xt_proc_track(struct xt_procsel *s, pid_t tgid)
{
	unsigned int i, h = (unsigned int)tgid * 2654435761u;

	for (i = 0; i < XT_PROC_TRACK; i++) {
		atomic_t *slot = &s->track[(h + i) % XT_PROC_TRACK];
		int v = atomic_read(slot);

		if (v == tgid)
			return;
		if ((v == 0 || v == -1) && atomic_cmpxchg(slot, v, tgid) == v)
			return;
	}
}

static bool xt_proc_untrack(struct xt_procsel *s, pid_t tgid)
{
	unsigned int i, h = (unsigned int)tgid * 2654435761u;

	for (i = 0; i < XT_PROC_TRACK; i++) {
		atomic_t *slot = &s->track[(h + i) % XT_PROC_TRACK];
		int v = atomic_read(slot);

		if (v == 0)
			return false;
		if (v == tgid)
			return atomic_cmpxchg(slot, tgid, -1) == tgid;
	}
	return false;
}

static bool xt_proc_tracked(struct xt_procsel *s, pid_t tgid)
{
	unsigned int i, h = (unsigned int)tgid * 2654435761u;

	for (i = 0; i < XT_PROC_TRACK; i++) {
		int v = atomic_read(&s->track[(h + i) % XT_PROC_TRACK]);

		if (v == 0)
			return false;
		if (v == tgid)
			return true;
	}
	return false;
}

/* A fork or a new thread: the task to run a .begin / .thread.begin as (the
 * child), or NULL. A thread shares its process's mm, so it matches as that. */
static struct task_struct *xt_proc_fork(struct xt_procsel *s, struct task_struct *child)
{
	bool thread = child->pid != child->tgid;

	if (!xt_proc_wants(s, child, NULL, true)) {
		/* a tgid still listed is a reused one (see xt_proc_exit): not ours */
		if (!thread && s->path)
			xt_proc_untrack(s, child->tgid);
		return NULL;
	}
	if (!thread && s->path)
		xt_proc_track(s, child->tgid);
	return s->begin && thread == s->thread ? child : NULL;
}

/* An exec by current: whether the selector fires (.end: the old image was
 * ours; .begin: the new one is). */
static bool xt_proc_exec(struct xt_procsel *s, struct task_struct *p, struct linux_binprm *b)
{
	bool was, now;

	if (p->flags & PF_KTHREAD)
		return false;
	was = s->path ? xt_proc_untrack(s, p->tgid) : (!s->pid || p->tgid == s->pid);
	now = xt_proc_wants(s, p, b ? b->file : NULL, false);
	if (now && s->path)
		xt_proc_track(s, p->tgid);
	if (s->thread)
		return false;  /* an exec is a process's end and begin, no thread's */
	return s->begin ? now : was;
}

/* Whether every thread of p's group but p is past exit_notify(). */
static bool xt_proc_others_gone(struct task_struct *p)
{
	struct task_struct *t;
	bool gone = true;

	rcu_read_lock();
	for_each_thread(p, t) {
		if (t != p && !READ_ONCE(t->exit_state)) {
			gone = false;
			break;
		}
	}
	rcu_read_unlock();
	return gone;
}

/* A thread exits: a .end fires for the last thread of a process of ours, a
 * .thread.end for each thread of it but the main one. */
static bool xt_proc_exit(struct xt_procsel *s, struct task_struct *p)
{
	bool ours, last = !atomic_read(&p->signal->live);

	if (s->begin || (p->flags & PF_KTHREAD) || p->tgid == READ_ONCE(xt_starter_tgid))
		return false;
	if (s->thread) {
		ours = p->pid != p->tgid && (!s->pid || p->tgid == s->pid) &&
		       (!s->path || xt_proc_tracked(s, p->tgid));
		/* signal->live falls to 0 early in do_exit(), before exit_mm() wakes a
		 * pthread_join(): the main thread can get here first while a joined
		 * thread is still on its way, whose .thread.end needs the tgid listed.
		 * The last to pass forgets it (should two pass together, neither does,
		 * and a fork reusing the tgid does: xt_proc_fork). */
		if (last && s->path && xt_proc_others_gone(p))
			xt_proc_untrack(s, p->tgid);
		return ours;
	}
	if (!last)
		return false;
	if (s->path)
		return xt_proc_untrack(s, p->tgid);
	return !s->pid || p->tgid == s->pid;
}

/* A walked process's arguments (NUL-separated) into dst, as /proc/PID/cmdline
 * reads them: from its memory, which may sleep (process context only); 0
 * when it has none (a kernel thread, an exiting process). */
static long xt_proc_args(struct task_struct *t, char *dst, long size)
{
	struct mm_struct *mm = get_task_mm(t);
	unsigned long a, e;
	long n = 0;

	if (!mm)
		return 0;
	a = READ_ONCE(mm->arg_start);
	e = READ_ONCE(mm->arg_end);
	if (e > a)
		n = access_process_vm(t, a, dst, min_t(long, e - a, size), FOLL_FORCE);
	mmput(mm);
	while (n > 0 && dst[n - 1] == '\0')
		n--;
	return n > 0 ? n : 0;
}

/* The process.begin walk for a body that reads cmdline_str(): the processes
 * are listed under RCU, then each one's arguments are read (sleeping) before
 * its body runs, with a reference held so it cannot be freed meanwhile. A
 * process that exits in between has no body run: its exit is already past.
 * Returns false (nothing run) when memory for the list is short: the caller
 * walks without arguments then, rather than lose the begins. */
static bool xt_proc_walk_args(struct xt_procsel *s, void (*fn)(struct xt_ctx *), const char *pp)
{
	struct task_struct *p;
	unsigned int n = 0, cap = 64, k;
	pid_t *pids;
	char *args;

	rcu_read_lock();
	for_each_process(p)
		cap++;
	rcu_read_unlock();
	pids = kvmalloc_array(cap, sizeof(*pids), GFP_KERNEL);
	args = kmalloc(XT_MAXSTRINGLEN, GFP_KERNEL);
	if (!pids || !args) {
		kvfree(pids);
		kfree(args);
		return false;
	}
	rcu_read_lock();
	for_each_process(p) {
		if (p->exit_state || !xt_proc_wants(s, p, NULL, false))
			continue;
		if (s->path)
			xt_proc_track(s, p->tgid);
		if (n < cap)
			pids[n++] = p->tgid;
	}
	rcu_read_unlock();
	for (k = 0; k < n; k++) {
		struct task_struct *t;
		long len;

		rcu_read_lock();
		t = pid_task(find_pid_ns(pids[k], &init_pid_ns), PIDTYPE_PID);
		if (t)
			get_task_struct(t);
		rcu_read_unlock();
		if (!t)
			continue;
		len = xt_proc_args(t, args, XT_MAXSTRINGLEN - 1);
		XT_RUN_PROBE_AS_ARGS(fn, pp, t, args, len);
		put_task_struct(t);
		cond_resched();
	}
	kvfree(pids);
	kfree(args);
	return true;
}

#endif
