/* xtrace kernel runtime: thread-local variables (D's self->x).
 *
 * DTrace keeps them as dynamic variables in one preallocated table keyed by
 * (thread, variable): reading one never set gives 0 (or ""), assigning 0
 * frees it, and when the table is full an assignment is dropped and counted
 * ("dynamic variable drops"), never an error of the probe. Here the table is
 * one open-addressing array shared by all CPUs under a lock that is only
 * tried (as the global arrays' is). Entries come and go at every syscall, so
 * deletion shifts the following entries back (linear probing's backward-shift
 * delete) instead of leaving tombstones that would fill the table.
 *
 * DTrace's thread identity is unique for the life of the system: a thread
 * created after another exited never sees its variables, though Linux may give
 * it the same pid. An entry is the thread's pid and its start time, so a
 * recycled pid finds nothing; and a thread's entries are freed when it exits
 * (sched_process_exit), as they could never be read again.
 */
#ifndef XT_TLS_H
#define XT_TLS_H

#ifndef XT_LOCK_TRIES
#define XT_LOCK_TRIES 1000
#endif

struct xt_tls_ent {
	u64 tid;
	u64 born;         /* the thread's start_time: with tid, its identity */
	u64 var;          /* variable id, 1..n; 0 marks a free slot */
	u64 val[];        /* valsize bytes: an s64 or a string */
};

struct xt_tls {
	raw_spinlock_t lock;
	u32 valsize, entsize, nslots, nlive, maxlive;
	char *ents;
};

static struct xt_tls xt_tls;

/* The table holds `maxlive` variables of `valsize` bytes (DTrace's dynvarsize
 * divided by the entry size), in twice as many slots so probing stays short. */
static int xt_tls_alloc(struct xt_tls *t, u32 valsize, u64 dynvarsize)
{
	raw_spin_lock_init(&t->lock);
	t->valsize = valsize;
	t->entsize = ALIGN(sizeof(struct xt_tls_ent) + valsize, 8);
	t->maxlive = max_t(u64, 64, dynvarsize / t->entsize);
	t->nslots = roundup_pow_of_two(2 * t->maxlive);
	t->nlive = 0;
	t->ents = vzalloc((size_t)t->nslots * t->entsize);
	return t->ents ? 0 : -ENOMEM;
}

static void xt_tls_free(struct xt_tls *t)
{
	vfree(t->ents);
	t->ents = NULL;
}

static __always_inline bool xt_tls_lock(struct xt_tls *t)
{
	int i;

	for (i = 0; i < XT_LOCK_TRIES; i++) {
		if (raw_spin_trylock(&t->lock))
			return true;
		cpu_relax();
	}
	return false;
}

static __always_inline void xt_tls_unlock(struct xt_tls *t)
{
	raw_spin_unlock(&t->lock);
}

static __always_inline u32 xt_tls_hash(u64 tid, u64 var)
{
	return (u32)((tid * 0x9E3779B97F4A7C15ULL + var * 0xC2B2AE3D27D4EB4FULL) >> 32);
}

static __always_inline struct xt_tls_ent *xt_tls_at(struct xt_tls *t, u32 i)
{
	return (struct xt_tls_ent *)(t->ents + (size_t)(i & (t->nslots - 1)) * t->entsize);
}

/* With the lock held: the variable `var` of thread `task`, or NULL (created
 * when `create`; NULL then means the table is full). */
static struct xt_tls_ent *xt_tls_find(struct xt_tls *t, struct task_struct *task, u64 var, bool create)
{
	u64 tid = (u64)task->pid, born = task->start_time;
	u32 h = xt_tls_hash(tid, var);
	u32 i;

	for (i = 0; i < t->nslots; i++) {
		struct xt_tls_ent *e = xt_tls_at(t, h + i);

		if (!e->var) {
			if (!create || t->nlive >= t->maxlive)
				return NULL;
			e->tid = tid;
			e->born = born;
			e->var = var;
			memset(e->val, 0, t->valsize);
			t->nlive++;
			return e;
		}
		if (e->var == var && e->tid == tid && e->born == born)
			return e;
	}
	return NULL;
}

/* With the lock held: free `e`, moving later entries of its probe run back
 * so that every entry stays reachable from its home slot. */
static void xt_tls_delete(struct xt_tls *t, struct xt_tls_ent *e)
{
	u32 mask = t->nslots - 1;
	u32 i = (u32)(((char *)e - t->ents) / t->entsize), j = i;

	for (;;) {
		struct xt_tls_ent *f;
		u32 k;

		xt_tls_at(t, i)->var = 0;
		for (;;) {
			j = (j + 1) & mask;
			f = xt_tls_at(t, j);
			if (!f->var) {
				t->nlive--;
				return;
			}
			k = xt_tls_hash(f->tid, f->var) & mask;
			/* f stays when its home slot k lies cyclically in (i, j]. */
			if (i <= j ? (i < k && k <= j) : (i < k || k <= j))
				continue;
			break;
		}
		memcpy(xt_tls_at(t, i), f, t->entsize);
		i = j;
	}
}

/* sched_process_exit (the exiting thread is current): free its `nvars`
 * variables. A busy lock leaves them, unreachable by any later thread. */
static void xt_tls_exit(struct xt_tls *t, struct task_struct *p, u32 nvars)
{
	u32 var;

	/* an empty table takes no lock at each exit (the exiting thread is current,
	 * so none of its own entries can be in the making on another CPU) */
	if (!READ_ONCE(t->nlive) || !xt_tls_lock(t))
		return;
	for (var = 1; var <= nvars && t->nlive; var++) {
		struct xt_tls_ent *e = xt_tls_find(t, p, var, false);

		if (e)
			xt_tls_delete(t, e);
	}
	xt_tls_unlock(t);
}

/* An assignment that found the table full: DTrace's dynamic variable drop. */
static __always_inline void xt_tls_drop(void)
{
	atomic64_inc(&xt_errors[XT_E_DYNDROP]);
}

#endif /* XT_TLS_H */
