/* xtrace kernel runtime: thread-local associative arrays (D's self->a[k]).
 *
 * Such an array is a global array (xt_map.h) whose key begins with the
 * thread's identity: its pid and its start time, the start time being a key
 * the script never sees. A thread that gets a recycled pid therefore never
 * finds a dead thread's elements (xt_tls.h does the same for self->x).
 *
 * The elements of a thread must also go when it exits, or a run with many
 * short-lived threads fills the array. Finding them by scanning the table
 * would cost the whole table at each exit, so each thread's elements are
 * chained: the table's slots never move (xt_map.h), and a per-slot pair of
 * links ties the elements of one thread together, from a head kept in a small
 * directory keyed by the thread's identity. Linking and unlinking happen under
 * the array's lock when an element is created or removed (not when it is read
 * or updated); a thread's exit walks its chain alone.
 *
 * sched_process_exit fires at every thread exit of the system. A shared
 * filter, a counter per hash bucket of pids counting the (thread, array)
 * pairs that hold elements, tells an exiting thread without a lock that it
 * holds none. The exiting thread is current and only its own probes create
 * its elements, so a zero it reads is never stale for it.
 */
#ifndef XT_TLMAP_H
#define XT_TLMAP_H

#define XT_TLM_FILTER 1024   /* buckets of the exit filter (a power of two) */

/* A thread that holds elements: its identity, its newest element's slot + 1,
 * and how many it holds (0 marks a free directory slot). */
struct xt_tlm_dent {
	u64 tid;
	u64 born;
	u32 head;
	u32 n;
};

struct xt_tlm {
	u32 *link;                /* per slot: [2i] next, [2i+1] previous, as slot + 1 */
	struct xt_tlm_dent *dir;
	u32 ndir;                 /* directory slots, a power of two */
	u32 nthreads;             /* threads holding elements */
};

static atomic_t xt_tlm_filter[XT_TLM_FILTER];

static __always_inline u32 xt_tlm_hash(u64 tid, u64 born)
{
	return (u32)((tid * 0x9E3779B97F4A7C15ULL ^ born * 0xC2B2AE3D27D4EB4FULL) >> 32);
}

static __always_inline atomic_t *xt_tlm_bucket(u64 tid)
{
	return &xt_tlm_filter[(u32)(tid * 0x9E3779B97F4A7C15ULL >> 32) & (XT_TLM_FILTER - 1)];
}

/* Called after xt_map_alloc: make `m` thread-local. Its directory has as
 * many slots as the table, twice the elements it can hold, so there is always
 * room for the thread of a new element and probe runs stay short. */
static int xt_tlm_alloc(struct xt_map *m, struct xt_tlm *t)
{
	t->ndir = m->nslots;
	t->nthreads = 0;
	t->link = vzalloc((size_t)m->nslots * 2 * sizeof(u32));
	t->dir = vzalloc((size_t)t->ndir * sizeof(struct xt_tlm_dent));
	if (!t->link || !t->dir)
		return -ENOMEM;
	m->tl = t;
	return 0;
}

static void xt_tlm_free(struct xt_map *m, struct xt_tlm *t)
{
	m->tl = NULL;
	vfree(t->link);
	vfree(t->dir);
	t->link = NULL;
	t->dir = NULL;
}

static __always_inline struct xt_tlm_dent *xt_tlm_dir_at(struct xt_tlm *t, u32 i)
{
	return &t->dir[i & (t->ndir - 1)];
}

/* With the lock held: thread (tid, born)'s directory entry, or NULL (created
 * when `create`, with n == 0). */
static struct xt_tlm_dent *xt_tlm_dir_find(struct xt_tlm *t, u64 tid, u64 born, bool create)
{
	u32 h = xt_tlm_hash(tid, born);
	u32 i;

	for (i = 0; i < t->ndir; i++) {
		struct xt_tlm_dent *d = xt_tlm_dir_at(t, h + i);

		if (!d->n) {
			if (!create)
				return NULL;
			d->tid = tid;
			d->born = born;
			d->head = 0;
			return d;
		}
		if (d->tid == tid && d->born == born)
			return d;
	}
	return NULL;
}

/* With the lock held: free directory entry `d`, moving the later entries of
 * its probe run back (backward-shift delete: directory entries may move,
 * nothing points at them), and count the thread out of the exit filter. */
static void xt_tlm_dir_delete(struct xt_tlm *t, struct xt_tlm_dent *d)
{
	u32 mask = t->ndir - 1;
	u32 i = (u32)(d - t->dir), j = i;

	atomic_dec(xt_tlm_bucket(d->tid));
	WRITE_ONCE(t->nthreads, t->nthreads - 1);
	for (;;) {
		struct xt_tlm_dent *f;
		u32 k;

		xt_tlm_dir_at(t, i)->n = 0;
		for (;;) {
			j = (j + 1) & mask;
			f = xt_tlm_dir_at(t, j);
			if (!f->n)
				return;
			k = xt_tlm_hash(f->tid, f->born) & mask;
			/* f stays when its home slot k lies cyclically in (i, j]. */
			if (i <= j ? (i < k && k <= j) : (i < k || k <= j))
				continue;
			break;
		}
		*xt_tlm_dir_at(t, i) = *f;
		i = j;
	}
}

static __always_inline u32 xt_tlm_slot(struct xt_map *m, struct xt_map_ent *e)
{
	return (u32)(((char *)e - m->ents) / m->entsize);
}

/* xt_map_find, lock held: chain the new element `e` to its thread (the first
 * two key words). The directory always has room (see xt_tlm_alloc). */
static void xt_tlm_link(struct xt_map *m, struct xt_map_ent *e)
{
	struct xt_tlm *t = m->tl;
	u32 *l = t->link, s = xt_tlm_slot(m, e) + 1;
	struct xt_tlm_dent *d = xt_tlm_dir_find(t, e->key[0], e->key[1], true);

	if (WARN_ON_ONCE(!d))
		return;
	if (!d->n++) {
		WRITE_ONCE(t->nthreads, t->nthreads + 1);
		atomic_inc(xt_tlm_bucket(d->tid));
	}
	l[2 * (s - 1)] = d->head;
	l[2 * (s - 1) + 1] = 0;
	if (d->head)
		l[2 * (d->head - 1) + 1] = s;
	d->head = s;
}

/* xt_map_remove, lock held: take `e` out of its thread's chain. */
static void xt_tlm_unlink(struct xt_map *m, struct xt_map_ent *e)
{
	struct xt_tlm *t = m->tl;
	u32 *l = t->link, i = xt_tlm_slot(m, e), s = i + 1;
	u32 next = l[2 * i], prev = l[2 * i + 1];
	struct xt_tlm_dent *d = xt_tlm_dir_find(t, e->key[0], e->key[1], false);

	if (!d)
		return;
	if (prev)
		l[2 * (prev - 1)] = next;
	else if (d->head == s)
		d->head = next;
	else
		return;     /* never linked (xt_tlm_link's directory was full) */
	if (next)
		l[2 * (next - 1) + 1] = prev;
	l[2 * i] = l[2 * i + 1] = 0;
	if (!--d->n)
		xt_tlm_dir_delete(t, d);
}

/* xt_map_delete_all, lock held: no thread holds elements any more. */
static void xt_tlm_reset(struct xt_map *m)
{
	struct xt_tlm *t = m->tl;
	u32 i;

	for (i = 0; i < t->ndir; i++)
		if (t->dir[i].n)
			atomic_dec(xt_tlm_bucket(t->dir[i].tid));
	memset(t->dir, 0, (size_t)t->ndir * sizeof(struct xt_tlm_dent));
	memset(t->link, 0, (size_t)m->nslots * 2 * sizeof(u32));
	WRITE_ONCE(t->nthreads, 0);
}

/* Whether exiting thread `p` may hold elements of some thread-local array
 * (false: it holds none). No lock, one shared word read. */
static __always_inline bool xt_tlm_held(struct task_struct *p)
{
	return atomic_read(xt_tlm_bucket((u64)p->pid)) != 0;
}

/* sched_process_exit (the exiting thread p is current): free p's elements of
 * `m`, walking its chain only. Interrupts stay off while the lock is held so
 * that no probe of this CPU waits for it. A busy lock leaves the elements,
 * unreachable by any later thread (their start time differs). */
static void xt_tlm_exit(struct xt_map *m, struct task_struct *p)
{
	struct xt_tlm *t = m->tl;
	struct xt_tlm_dent *d;
	unsigned long flags;
	u32 s, n;

	if (!READ_ONCE(t->nthreads))
		return;
	local_irq_save(flags);
	if (!xt_map_lock(m)) {
		local_irq_restore(flags);
		return;
	}
	d = xt_tlm_dir_find(t, (u64)p->pid, p->start_time, false);
	if (d) {
		/* free each element as xt_map_remove would, without unlinking them
		 * one by one: the whole chain goes */
		for (s = d->head, n = 0; s && n < d->n; n++) {
			struct xt_map_ent *e = xt_map_at(m, s - 1);
			u32 next = t->link[2 * (s - 1)];

			t->link[2 * (s - 1)] = t->link[2 * (s - 1) + 1] = 0;
			xt_map_release(m, e);
			s = next;
		}
		xt_tlm_dir_delete(t, d);
	}
	xt_map_unlock(m);
	local_irq_restore(flags);
}

#endif /* XT_TLMAP_H */
