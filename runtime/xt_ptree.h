/* xtrace kernel runtime: Vue's ptree(), the process tree around the current process.
 *
 * Gathered in probe context without locks: tasklist_lock is not exported to modules
 * (and a probe may fire while this CPU holds it), so the walk runs under
 * rcu_read_lock(), which keeps every task_struct it reaches from being freed
 * (release_task() frees through an RCU grace period), and reads every pointer and
 * name with copy_from_kernel_nofault. The children lists may change under the walk:
 * each list step is bounded, so a list being edited can give a stale or partial
 * tree, never a hang or a fault.
 *
 * Record layout (little-endian s64s): the entry count, then per process its level
 * (negative: an ancestor, -1 the parent; 0 the process itself; N its descendants N
 * levels down, in depth-first order), its pid (tgid) and its name as a
 * TASK_COMM_LEN-byte field. Ancestors come first, the farthest (init) first.
 */
#ifndef XT_PTREE_H
#define XT_PTREE_H

#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/rcupdate.h>
#include <linux/uaccess.h>

#define XT_PTREE_UP 32      /* ancestors at most */
#define XT_PTREE_DOWN 48    /* descendants at most */
#define XT_PTREE_LEVELS 8   /* levels of descendants at most (ptree(-1)) */
#define XT_PTREE_STEPS 512  /* list steps at most, all levels together */
#define XT_PTREE_ENT (16 + TASK_COMM_LEN)
#define XT_PTREE_BYTES (8 + (XT_PTREE_UP + 1 + XT_PTREE_DOWN) * XT_PTREE_ENT)

#define XT_PKREAD(dst, src) copy_from_kernel_nofault(&(dst), (const void *)&(src), sizeof(dst))

static char *xt_ptree_put(char *p, s64 level, struct task_struct *t)
{
	s64 pid = 0;
	pid_t tgid;

	if (!XT_PKREAD(tgid, t->tgid))
		pid = tgid;
	p = xt_put_int(p, level);
	p = xt_put_int(p, pid);
	if (copy_from_kernel_nofault(p, t->comm, TASK_COMM_LEN))
		memset(p, 0, TASK_COMM_LEN);
	p[TASK_COMM_LEN - 1] = '\0';
	return p + TASK_COMM_LEN;
}

/* Fill a record of XT_PTREE_BYTES at p; returns the end of what was written. */
static __maybe_unused char *xt_ptree_fill(char *p, int depth)
{
	struct task_struct *chain[XT_PTREE_UP];
	struct list_head *head[XT_PTREE_LEVELS], *pos[XT_PTREE_LEVELS], *next;
	struct task_struct *me, *t, *parent;
	char *start = p;
	int up = 0, i, lvl, n = 0, steps = 0;
	pid_t pid;

	if (depth > XT_PTREE_LEVELS)
		depth = XT_PTREE_LEVELS;
	p += 8;
	rcu_read_lock();
	me = current->group_leader;
	/* ancestors, nearest first; the idle task (pid 0) ends the chain */
	for (t = me; up < XT_PTREE_UP; t = parent) {
		if (XT_PKREAD(parent, t->real_parent) || !parent || parent == t ||
		    XT_PKREAD(pid, parent->tgid) || pid == 0)
			break;
		chain[up++] = parent;
	}
	for (i = up - 1; i >= 0; i--)
		p = xt_ptree_put(p, -(i + 1), chain[i]);
	p = xt_ptree_put(p, 0, me);
	n = up + 1;
	/* descendants, depth first */
	if (depth > 0) {
		lvl = 0;
		head[0] = &me->children;
		if (XT_PKREAD(pos[0], me->children.next))
			lvl = -1;
		while (lvl >= 0 && n - (up + 1) < XT_PTREE_DOWN && steps++ < XT_PTREE_STEPS) {
			if (!pos[lvl] || pos[lvl] == head[lvl]) {
				if (--lvl >= 0 && XT_PKREAD(pos[lvl], pos[lvl]->next))
					break;
				continue;
			}
			t = list_entry(pos[lvl], struct task_struct, sibling);
			p = xt_ptree_put(p, lvl + 1, t);
			n++;
			if (lvl + 1 < depth && !XT_PKREAD(next, t->children.next)) {
				lvl++;
				head[lvl] = &t->children;
				pos[lvl] = next;
			} else if (XT_PKREAD(pos[lvl], pos[lvl]->next)) {
				break;
			}
		}
	}
	rcu_read_unlock();
	memcpy(start, &(s64){n}, 8);
	return p;
}

#endif
