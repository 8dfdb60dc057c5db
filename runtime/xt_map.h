/* xtrace kernel runtime: global associative arrays.
 *
 * One preallocated open-addressing table per array, shared by all CPUs and
 * guarded by a spinlock that is only ever *tried*: a probe spins a bounded
 * number of times and then gives up with a counted error, so a probe can
 * never wait on another CPU for long. Deleted slots become tombstones (an
 * element never moves, so a slot index names it for its life), and a removal
 * frees the tombstones that end a probe run.
 *
 * A thread-local array (D's self->a[k], runtime/xt_tlmap.h) is such a table
 * whose keys begin with the thread's identity; the table then also chains each
 * thread's elements, so that they can be freed when the thread exits.
 */
#ifndef XT_MAP_H
#define XT_MAP_H

#include <linux/sort.h>

#ifndef XT_MAXMAPENTRIES
#define XT_MAXMAPENTRIES 2048
#endif
#define XT_LOCK_TRIES 1000

enum { XT_SLOT_FREE = 0, XT_SLOT_USED = 1, XT_SLOT_DEAD = 2 };

struct xt_map_ent {
	u32 used;
	u32 hash;
	u64 seq;          /* insertion order: stap's unsorted foreach order, and its tie-break */
	u64 key[];        /* keysize bytes, then valsize bytes of value */
};

struct xt_map {
	raw_spinlock_t lock;
	u32 keysize, valsize, entsize, nslots, nused;
	u32 maxentries;   /* the array's size (stap `global a[N]`), else MAXMAPENTRIES */
	bool wrap;        /* stap `global a[N]%`: a full array drops its oldest element */
	u64 seq;
	char *ents;
	struct xt_tlm *tl; /* a thread-local array's chains (xt_tlmap.h), else NULL */
};

#ifdef XT_TLMAP
static void xt_tlm_link(struct xt_map *m, struct xt_map_ent *e);
static void xt_tlm_unlink(struct xt_map *m, struct xt_map_ent *e);
static void xt_tlm_reset(struct xt_map *m);
#endif

static int xt_map_alloc(struct xt_map *m, u32 keysize, u32 valsize, u32 maxentries, bool wrap)
{
	raw_spin_lock_init(&m->lock);
	m->keysize = keysize;
	m->valsize = valsize;
	m->maxentries = maxentries;
	m->wrap = wrap;
	m->entsize = ALIGN(sizeof(struct xt_map_ent) + keysize + valsize, 8);
	m->nslots = roundup_pow_of_two(2 * maxentries);
	m->nused = 0;
	m->ents = vzalloc((size_t)m->nslots * m->entsize);
	return m->ents ? 0 : -ENOMEM;
}

static void xt_map_free(struct xt_map *m)
{
	vfree(m->ents);
	m->ents = NULL;
}

static __always_inline bool xt_map_lock(struct xt_map *m)
{
	int i;

	for (i = 0; i < XT_LOCK_TRIES; i++) {
		if (raw_spin_trylock(&m->lock))
			return true;
		cpu_relax();
	}
	return false;
}

static __always_inline void xt_map_unlock(struct xt_map *m)
{
	raw_spin_unlock(&m->lock);
}

static __always_inline struct xt_map_ent *xt_map_at(struct xt_map *m, u32 i)
{
	return (struct xt_map_ent *)(m->ents + (size_t)(i & (m->nslots - 1)) * m->entsize);
}

static __always_inline void *xt_map_val(struct xt_map *m, struct xt_map_ent *e)
{
	return (char *)e->key + m->keysize;
}

/* With the lock held: free the slot of element `e`, which becomes a tombstone.
 *
 * A probe run ends at a free slot. A tombstone followed by a free slot ends
 * every run that crosses it one slot later anyway, so it can be free itself,
 * and so can the tombstones before it. Without this, an array whose keys keep
 * changing (thread ids, a thread-local array's thread identities) turns all
 * its free slots into tombstones, and every lookup of a missing key would
 * probe the whole table. No element moves. */
static void xt_map_release(struct xt_map *m, struct xt_map_ent *e)
{
	u32 i = (u32)(((char *)e - m->ents) / m->entsize), n;

	m->nused--;
	if (xt_map_at(m, i + 1)->used != XT_SLOT_FREE) {
		e->used = XT_SLOT_DEAD;
		return;
	}
	e->used = XT_SLOT_FREE;
	for (n = 1; n < m->nslots; n++) {
		struct xt_map_ent *f = xt_map_at(m, i - n);

		if (f->used != XT_SLOT_DEAD)
			break;
		f->used = XT_SLOT_FREE;
	}
}

/* With the lock held: remove an element. */
static __always_inline void xt_map_remove(struct xt_map *m, struct xt_map_ent *e)
{
#ifdef XT_TLMAP
	if (m->tl)
		xt_tlm_unlink(m, e);
#endif
	xt_map_release(m, e);
}

/* With the lock held: make room in a full wrapping array by removing its
 * oldest element. */
static bool xt_map_evict_oldest(struct xt_map *m)
{
	struct xt_map_ent *old = NULL;
	u32 i;

	for (i = 0; i < m->nslots; i++) {
		struct xt_map_ent *e = xt_map_at(m, i);

		if (e->used == XT_SLOT_USED && (!old || e->seq < old->seq))
			old = e;
	}
	if (!old)
		return false;
	xt_map_remove(m, old);
	return true;
}

/* With the lock held: the element for key, or NULL (inserted when `create`;
 * NULL then means the table is full). A new element takes the first
 * tombstone on its probe path, so deletions give their room back. */
static struct xt_map_ent *xt_map_find(struct xt_map *m, const void *key, bool create)
{
	u32 h = xt_key_hash(key, m->keysize);
	struct xt_map_ent *e, *dead;
	u32 i;

again:
	e = NULL;
	dead = NULL;
	for (i = 0; i < m->nslots; i++) {
		e = xt_map_at(m, h + i);
		if (e->used == XT_SLOT_FREE)
			break;
		if (e->used == XT_SLOT_DEAD) {
			if (!dead)
				dead = e;
			continue;
		}
		if (e->hash == h && xt_key_eq(e->key, key, m->keysize))
			return e;
	}
	if (!create)
		return NULL;
	if (m->nused >= m->maxentries) {
		if (!(m->wrap && xt_map_evict_oldest(m)))
			return NULL;
		/* the eviction may have freed slots of this key's probe run: probe
		 * again (once: the array is no longer full) */
		goto again;
	}
	if (dead)
		e = dead;
	else if (i == m->nslots)
		return NULL;
	memcpy(e->key, key, m->keysize);
	memset(xt_map_val(m, e), 0, m->valsize);
	e->hash = h;
	e->seq = ++m->seq;
	e->used = XT_SLOT_USED;
	m->nused++;
#ifdef XT_TLMAP
	if (m->tl)
		xt_tlm_link(m, e);
#endif
	return e;
}

static void xt_map_delete_all(struct xt_map *m)
{
	memset(m->ents, 0, (size_t)m->nslots * m->entsize);
	m->nused = 0;
#ifdef XT_TLMAP
	if (m->tl)
		xt_tlm_reset(m);
#endif
}

/* Snapshot the array into the stream through `reserve` (xt_reserve_fn). */
static void xt_map_print_via(struct xt_ctx *c, struct xt_map *m, u16 map_id, xt_reserve_fn reserve)
{
	u32 i;

	for (i = 0; i < m->nslots; i++) {
		struct xt_map_ent *e = xt_map_at(m, i);
		char *p;

		if (e->used != XT_SLOT_USED)
			continue;
		p = reserve(c, m->keysize + m->valsize, XT_REC_MAP_ENTRY, map_id);
		if (!p)
			continue;
		memcpy(p, e->key, m->keysize + m->valsize);
		xt_rec_commit();
	}
	if (reserve(c, 0, XT_REC_MAP_END, map_id))
		xt_rec_commit();
}

/* Snapshot the array into the stream (stap's end-of-run auto-print). */
static __attribute__((unused)) void xt_map_print(struct xt_map *m, u16 map_id)
{
	xt_map_print_via(NULL, m, map_id, xt_plain_reserve);
}

/* ------------------------------------------------------------ foreach */

struct xt_map_order {
	struct xt_map *m;
	u32 off;      /* of the sort column in key+value; the value is at keysize */
	u32 size;     /* 0: insertion order only */
	int is_str;
	int dir;      /* 1 ascending, -1 descending */
};

static int xt_map_cmp(const void *a, const void *b, const void *priv)
{
	const struct xt_map_order *o = priv;
	struct xt_map_ent *x = xt_map_at(o->m, *(const u32 *)a);
	struct xt_map_ent *y = xt_map_at(o->m, *(const u32 *)b);
	int r = 0;

	if (o->size) {
		const char *p = (const char *)x->key + o->off, *q = (const char *)y->key + o->off;

		r = xt_key_col_cmp(p, q, o->size, o->is_str) * o->dir;
	}
	/* Ties keep insertion order, as stap's stable sort does. */
	if (!r)
		r = x->seq < y->seq ? -1 : x->seq > y->seq;
	return r;
}

/* With the lock held: the slots of the elements into idx (at most max), in
 * the order `o` asks for. Returns how many, or U32_MAX when they do not fit. */
static u32 xt_map_collect(struct xt_map *m, u32 *idx, u32 max, struct xt_map_order *o)
{
	u32 i, n = 0;

	for (i = 0; i < m->nslots; i++) {
		if (xt_map_at(m, i)->used != XT_SLOT_USED)
			continue;
		if (n == max)
			return U32_MAX;
		idx[n++] = i;
	}
	o->m = m;
	sort_r(idx, n, sizeof(u32), xt_map_cmp, NULL, o);
	return n;
}

#endif /* XT_MAP_H */
