/* xtrace kernel runtime: aggregations (count/sum/min/max/avg, stddev, stap
 * stats and @variance, DTrace quantize/lquantize/llquantize, stap
 * @hist_log/@hist_linear).
 *
 * Each CPU owns a private table, so the hot path takes no lock and shares no
 * cache line; the driver merges CPUs when it prints (runtime/stream.py).
 * A table is a pool of preallocated entries (appended, never freed) and an
 * open-addressing index of u32 slots pointing into it.
 *
 * An entry is: hash, count, sum, min, max, the key, then `next` s64 words
 * the aggregation needs and nothing else (ir/aggspec.py decides):
 *   [hoff words]  stddev: 128-bit sum of squares (lo, hi);
 *                 stap @variance: Welford avg_s, M2, variance_s
 *   [nb words]    histogram buckets
 * A full table is an error, counted, as in a map.
 */
#ifndef XT_AGG_H
#define XT_AGG_H

#include <linux/math64.h>
#include <linux/sort.h>
#include <linux/log2.h>
#include <linux/bitops.h>

#ifndef XT_MAXMAPENTRIES
#define XT_MAXMAPENTRIES 2048
#endif

struct xt_agg_ent {
	u32 hash;
	u32 pad;
	s64 count, sum, min, max;
	u64 key[];
};

struct xt_agg_tab {
	u32 nused;        /* entries of the pool in use; published with release */
	u32 pad;
	u32 slots[];      /* nslots: 0 empty, else pool index + 1; the pool follows */
};

struct xt_agg {
	u32 keysize;      /* bytes, multiple of 8 */
	u32 entsize;
	u32 nslots;       /* power of two, at least twice maxent */
	u32 maxent;       /* pool entries per CPU */
	u32 hoff;         /* extra words before the buckets */
	u32 nb;           /* buckets */
	size_t ents_off;  /* byte offset of the pool in a table */
	struct xt_agg_tab **tab;
};

#define xt_agg_ext(a, e) ((s64 *)((char *)(e)->key + (a)->keysize))

/* Table geometry is a pure function of (keysize, hoff, nb, maxent): the
 * generator passes the same four constants (its XT_AGG_GEOM_<name> macro) to
 * xt_agg_alloc and to the hot path, so the hot path folds them into its code
 * instead of loading them, and the two cannot disagree. */
#define XT_AGG_NSLOTS(maxent) ((u32)roundup_pow_of_two(2 * (maxent)))
#define XT_AGG_ENTSIZE(keysize, hoff, nb) \
	((u32)(sizeof(struct xt_agg_ent) + (keysize) + 8 * ((hoff) + (nb))))
#define XT_AGG_ENTS_OFF(nslots) ALIGN(sizeof(struct xt_agg_tab) + (size_t)(nslots) * sizeof(u32), 8)

static __always_inline struct xt_agg_ent *xt_agg_ent_at(struct xt_agg *a, struct xt_agg_tab *t, u32 i)
{
	return (struct xt_agg_ent *)((char *)t + a->ents_off + (size_t)i * a->entsize);
}

static int xt_agg_alloc(struct xt_agg *a, u32 keysize, u32 hoff, u32 nb, u32 maxent)
{
	int cpu;

	a->keysize = keysize;
	a->hoff = hoff;
	a->nb = nb;
	a->entsize = XT_AGG_ENTSIZE(keysize, hoff, nb);
	a->maxent = maxent;
	a->nslots = XT_AGG_NSLOTS(maxent);
	a->ents_off = XT_AGG_ENTS_OFF(a->nslots);
	a->tab = kcalloc(nr_cpu_ids, sizeof(*a->tab), GFP_KERNEL);
	if (!a->tab)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		a->tab[cpu] = vzalloc(a->ents_off + (size_t)maxent * a->entsize);
		if (!a->tab[cpu])
			return -ENOMEM;
	}
	return 0;
}

/* An aggregation and its per-CPU table pointer (a copy of a->tab[cpu], set by
 * XT_AGG_ALLOC), so that the hot path finds its table with one load. */
#define XT_AGG_DEFINE(name) \
	static struct xt_agg xt_a_##name; \
	static DEFINE_PER_CPU(struct xt_agg_tab *, xt_at_##name)
#define XT_AGG_TAB(name) this_cpu_read(xt_at_##name)
#define XT_AGG_ALLOC(name, geom) ({ \
	int r_ = xt_agg_alloc(&xt_a_##name, geom), cpu_; \
	if (!r_) \
		for_each_possible_cpu(cpu_) \
			per_cpu(xt_at_##name, cpu_) = xt_a_##name.tab[cpu_]; \
	r_; })

static void xt_agg_free(struct xt_agg *a)
{
	int cpu;

	if (!a->tab)
		return;
	for_each_possible_cpu(cpu)
		vfree(a->tab[cpu]);
	kfree(a->tab);
	a->tab = NULL;
}

static __always_inline void xt_agg_reset(struct xt_agg *a, struct xt_agg_ent *e)
{
	e->count = 0;
	e->sum = 0;
	e->min = S64_MAX;
	e->max = S64_MIN;
	if (a->hoff + a->nb)
		memset(xt_agg_ext(a, e), 0, 8 * (a->hoff + a->nb));
}

/* The entry for `key` in table t (any CPU's), or NULL. */
static struct xt_agg_ent *xt_agg_find(struct xt_agg *a, struct xt_agg_tab *t, const void *key, u32 h)
{
	u32 i;

	for (i = 0; i < a->nslots; i++) {
		u32 s = smp_load_acquire(&t->slots[(h + i) & (a->nslots - 1)]);
		struct xt_agg_ent *e;

		if (!s)
			return NULL;
		e = xt_agg_ent_at(a, t, s - 1);
		if (e->hash == h && xt_key_eq(e->key, key, a->keysize))
			return e;
	}
	return NULL;
}

/* This CPU's entry for `key`, created if absent; NULL when the table is full.
 * The general case: probing past the first slot, and inserting. */
static noinline struct xt_agg_ent *xt_agg_slot_slow(struct xt_agg *a, struct xt_agg_tab *t,
						    const void *key, u32 h)
{
	u32 i;

	for (i = 0; i < a->nslots; i++) {
		u32 *sp = &t->slots[(h + i) & (a->nslots - 1)];
		struct xt_agg_ent *e;
		u32 n;

		if (*sp) {
			e = xt_agg_ent_at(a, t, *sp - 1);
			if (e->hash == h && xt_key_eq(e->key, key, a->keysize))
				return e;
			continue;
		}
		n = t->nused;
		if (n >= a->maxent)
			return NULL;
		e = xt_agg_ent_at(a, t, n);
		memcpy(e->key, key, a->keysize);
		e->hash = h;
		xt_agg_reset(a, e);
		/* Readers on other CPUs see a complete entry or none. */
		smp_store_release(&t->nused, n + 1);
		smp_store_release(sp, n + 1);
		return e;
	}
	return NULL;
}

/* The hot path, for the usual hit on the first slot probed: everything but
 * the key is the generator's constant (XT_AGG_GEOM_<name>), so the hash, the
 * slot and entry addressing and the key compare are straight-line code. `t`
 * is this CPU's table, read from the aggregation's per-CPU pointer
 * (XT_AGG_TAB) by the caller. The entry comes back through *ep and the result
 * says whether there is one: on the inlined first-slot hit that is the
 * constant true, so the caller's "table full" test vanishes from that path
 * (a returned pointer would be tested: the kernel builds with
 * -fno-delete-null-pointer-checks). */
static __always_inline bool xt_agg_slot(struct xt_agg_ent **ep, struct xt_agg *a,
					struct xt_agg_tab *t, const void *key,
					const u32 keysize, const u32 hoff,
					const u32 nb, const u32 maxent)
{
	const u32 nslots = XT_AGG_NSLOTS(maxent);
	u32 h = xt_key_hash(key, keysize);
	u32 s = t->slots[h & (nslots - 1)];

	if (likely(s)) {
		struct xt_agg_ent *e = (struct xt_agg_ent *)((char *)t + XT_AGG_ENTS_OFF(nslots) +
			(size_t)(s - 1) * XT_AGG_ENTSIZE(keysize, hoff, nb));

		/* Short keys: comparing them costs what comparing the stored
		 * hash first would; long ones (strings) are filtered by it. */
		if (likely((keysize <= 32 || e->hash == h) && xt_key_eq(e->key, key, keysize))) {
			*ep = e;
			return true;
		}
	}
	*ep = xt_agg_slot_slow(a, t, key, h);
	return *ep != NULL;
}

static __always_inline void xt_agg_add(struct xt_agg_ent *e, s64 v)
{
	e->count++;
	e->sum += v;
	if (v < e->min)
		e->min = v;
	if (v > e->max)
		e->max = v;
}

/* stddev(): acc[0..1] += v * v, as a 128-bit unsigned sum (DTrace keeps it so;
 * 64 bits overflow at |v| >= 2^32). */
static __always_inline void xt_agg_sq_add(s64 *acc, s64 v)
{
	u64 x = v < 0 ? -(u64)v : (u64)v;
	u64 xl = x & 0xffffffffull, xh = x >> 32;
	u64 ll = xl * xl, lh = xl * xh, hh = xh * xh;
	u64 lo = ll + (lh << 33);
	u64 hi = hh + (lh >> 31) + (lo < ll);
	u64 olo = (u64)acc[0];

	acc[0] = (s64)(olo + lo);
	acc[1] = (s64)((u64)acc[1] + hi + ((u64)acc[0] < olo));
}

/* stap's @variance state (its runtime's Welford step, with `shift` bits of
 * fixed point): w[0] avg_s, w[1] M2, w[2] variance_s; `count` includes v. */
static __always_inline void xt_agg_welford(s64 *w, s64 count, s64 v, int shift)
{
	s64 vs = (s64)((u64)v << shift), delta;

	if (count == 1) {
		w[0] = vs;
		w[1] = 0;
		return;
	}
	delta = vs - w[0];
	w[0] += div64_s64(delta, count);
	w[1] += delta * (vs - w[0]);
	w[2] = div64_s64(w[1], count - 1);
}

/* ---- bucket of a value, per histogram kind (see ir/aggspec.py) ---- */

/* DTrace quantize(): 127 buckets, 63 holds 0, 64 + k holds [2^k, 2^(k+1)),
 * 62 - k holds (-2^(k+1), -2^k]. */
static __always_inline int xt_q_pow2(s64 v)
{
	u64 x;
	int b;

	if (v == 0)
		return 63;
	if (v > 0)
		return 63 + fls64((u64)v);
	x = -(u64)v;
	b = 63 - fls64(x);
	return b < 0 ? 0 : b;
}

/* DTrace lquantize(): bucket 0 below base, level + 1, levels + 1 above; the
 * value is taken as a 32-bit quantity, as DTrace does. */
static __always_inline int xt_q_lin(s64 v, s64 base, s64 step, s64 levels)
{
	s64 val = (s32)v, level;

	if (val < base)
		return 0;
	level = div64_s64(val - base, step);
	return level < levels ? (int)level + 1 : (int)levels + 1;
}

/* DTrace llquantize(): `factor` per order of magnitude, `nsteps` buckets each. */
static int xt_q_llq(s64 v, s64 factor, int low, int high, s64 nsteps)
{
	s64 this = 1, last, next;
	int base = 1, order;

	for (order = 0; order < low; order++)
		this *= factor;
	if (v < (last = this))
		return 0;
	for (this *= factor; order <= high; order++) {
		s64 nbuckets = this > nsteps ? nsteps : this;

		next = (s64)((u64)this * (u64)factor);
		if (next < this)
			v = this - 1;
		if (v < this)
			return base + (int)div64_s64(v - last, div64_s64(this, nbuckets));
		base += (int)(nbuckets - div64_s64(nbuckets, factor));
		last = this;
		this = next;
	}
	return base;
}

/* stap @hist_log: 128 buckets, 64 holds 0, 64 + k holds [2^(k-1), 2^k). */
static __always_inline int xt_h_log(s64 v)
{
	if (v == 0)
		return 64;
	if (v > 0)
		return 64 + fls64((u64)v);
	return 64 - fls64(-(u64)v);
}

/* stap @hist_linear: bucket 0 below start, then one per interval, the last
 * one for everything above. */
static __always_inline int xt_h_lin(s64 v, s64 start, s64 interval, int nb)
{
	s64 val = v - start, b;

	if (val < 0)
		return 0;
	b = (s64)div64_u64((u64)val, (u64)interval) + 1;
	return b >= nb - 1 ? nb - 1 : (int)b;
}

/* ---- reads in a probe (stap @count(s[k]) etc., Vue count(l)) ---- */

/* Merged statistic of one element: what 0 count, 1 sum, 2 min, 3 max,
 * 4 avg, 5 stap @variance (Welford words at `woff`, bit shift `shift`),
 * merged over CPUs as stap's runtime merges them; *countp, when asked, gets
 * the element's count (0: no value, the statistic reads 0). */
static s64 xt_agg_read_n(struct xt_agg *a, const void *key, int what, int woff, int shift,
			 s64 *countp)
{
	u32 h = xt_key_hash(key, a->keysize);
	s64 count = 0, sum = 0, min = S64_MAX, max = S64_MIN, avg, s1 = 0, s2 = 0;
	int cpu;

	for_each_possible_cpu(cpu) {
		struct xt_agg_ent *e = xt_agg_find(a, a->tab[cpu], key, h);

		if (e && e->count) {
			count += e->count;
			sum += e->sum;
			min = e->min < min ? e->min : min;
			max = e->max > max ? e->max : max;
		}
	}
	if (countp)
		*countp = count;
	if (!count)
		return 0;
	switch (what) {
	case 0: return count;
	case 1: return sum;
	case 2: return min;
	case 3: return max;
	case 4: return div64_s64((s64)((u64)sum << shift), count) >> shift;
	default: break;
	}
	avg = div64_s64((s64)((u64)sum << shift), count);
	for_each_possible_cpu(cpu) {
		struct xt_agg_ent *e = xt_agg_find(a, a->tab[cpu], key, h);

		if (e && e->count) {
			s64 *w = xt_agg_ext(a, e) + woff;
			s64 d = w[0] - avg;

			s1 += e->count * d * d;
			s2 += (e->count - 1) * w[2];
		}
	}
	if (count < 2)
		return 0;
	return div64_s64(s1 + s2, count - 1) >> (2 * shift);
}

static __always_inline s64 xt_agg_read(struct xt_agg *a, const void *key, int what, int woff,
				       int shift)
{
	return xt_agg_read_n(a, key, what, woff, shift, NULL);
}

/* Bucket i of one element's histogram (stap @hist_log(s[k])[i]), summed over
 * the CPUs (0 for an index outside the buckets); *count, when asked, gets the
 * element's count, 0 when it has no value. */
static s64 xt_agg_bucket(struct xt_agg *a, const void *key, s64 i, s64 *count)
{
	u32 h = xt_key_hash(key, a->keysize);
	s64 n = 0, cnt = 0;
	int cpu;

	for_each_possible_cpu(cpu) {
		struct xt_agg_ent *e = xt_agg_find(a, a->tab[cpu], key, h);

		if (!e || !e->count)
			continue;
		cnt += e->count;
		if (i >= 0 && i < a->nb)
			n += xt_agg_ext(a, e)[a->hoff + i];
	}
	if (count)
		*count = cnt;
	return n;
}

/* ---- printing: snapshot entries into the stream; the driver merges ---- */

/* One entry: key, count, sum, min, max, the hoff extra words, then the
 * buckets from the first to the last non-zero one (u32 first, u32 n, n words). */
static void xt_agg_put(struct xt_ctx *c, xt_reserve_fn reserve, struct xt_agg *a,
		       struct xt_agg_ent *e, u16 agg_id)
{
	s64 *x = xt_agg_ext(a, e), *b = x + a->hoff;
	u32 first = 0, last = 0, n = 0, i;
	char *p;

	for (i = 0; i < a->nb; i++) {
		if (b[i]) {
			if (!n)
				first = i;
			last = i;
			n = 1;
		}
	}
	if (n)
		n = last - first + 1;
	p = reserve(c, a->keysize + 32 + 8 * a->hoff + (a->nb ? 8 + 8 * n : 0), XT_REC_AGG_ENTRY, agg_id);
	if (!p)
		return;
	memcpy(p, e->key, a->keysize);
	p += a->keysize;
	p = xt_put_int(p, e->count);
	p = xt_put_int(p, e->sum);
	p = xt_put_int(p, e->min);
	p = xt_put_int(p, e->max);
	if (a->hoff) {
		memcpy(p, x, 8 * a->hoff);
		p += 8 * a->hoff;
	}
	if (a->nb) {
		memcpy(p, &first, 4);
		memcpy(p + 4, &n, 4);
		memcpy(p + 8, b + first, 8 * n);
	}
	xt_rec_commit();
}

static void xt_agg_mark(struct xt_ctx *c, xt_reserve_fn reserve, u16 type, u16 print_id)
{
	char *p = reserve(c, 0, type, print_id);

	if (p)
		xt_rec_commit();
}

/* Every element of every CPU through `reserve` (xt_reserve_fn: a clause that
 * speculates holds the snapshot). `print_id` names the PrintAgg statement,
 * `agg_id` the table. */
static void xt_agg_print_via(struct xt_ctx *c, struct xt_agg *a, u16 print_id, u16 agg_id,
			     xt_reserve_fn reserve)
{
	int cpu;

	xt_agg_mark(c, reserve, XT_REC_AGG_BEGIN, print_id);
	for_each_possible_cpu(cpu) {
		struct xt_agg_tab *t = a->tab[cpu];
		u32 n = smp_load_acquire(&t->nused), i;

		for (i = 0; i < n; i++) {
			struct xt_agg_ent *e = xt_agg_ent_at(a, t, i);

			if (e->count)
				xt_agg_put(c, reserve, a, e, agg_id);
		}
	}
	xt_agg_mark(c, reserve, XT_REC_AGG_END, print_id);
}

static __attribute__((unused)) void xt_agg_print(struct xt_agg *a, u16 print_id, u16 agg_id)
{
	xt_agg_print_via(NULL, a, print_id, agg_id, xt_plain_reserve);
}

/* The one element `key` (stap's print(@hist_log(s[k]))). */
static void xt_agg_print_key(struct xt_agg *a, const void *key, u16 print_id, u16 agg_id)
{
	u32 h = xt_key_hash(key, a->keysize);
	int cpu;

	xt_agg_mark(NULL, xt_plain_reserve, XT_REC_AGG_BEGIN, print_id);
	for_each_possible_cpu(cpu) {
		struct xt_agg_ent *e = xt_agg_find(a, a->tab[cpu], key, h);

		if (e && e->count)
			xt_agg_put(NULL, xt_plain_reserve, a, e, agg_id);
	}
	xt_agg_mark(NULL, xt_plain_reserve, XT_REC_AGG_END, print_id);
}

/* clear() / trunc() / stap delete: zero the statistics, keep the keys. */
static void xt_agg_clear(struct xt_agg *a)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct xt_agg_tab *t = a->tab[cpu];
		u32 n = smp_load_acquire(&t->nused), i;

		for (i = 0; i < n; i++)
			xt_agg_reset(a, xt_agg_ent_at(a, t, i));
	}
}

/* stap `delete s[k]`: zero one element on every CPU. */
static void xt_agg_clear_key(struct xt_agg *a, const void *key)
{
	u32 h = xt_key_hash(key, a->keysize);
	int cpu;

	for_each_possible_cpu(cpu) {
		struct xt_agg_ent *e = xt_agg_find(a, a->tab[cpu], key, h);

		if (e)
			xt_agg_reset(a, e);
	}
}


/* ---- stap foreach over an aggregate ---- */

/* One element a foreach visits: where it was first seen (CPU, pool index),
 * and the statistic it is sorted on. */
struct xt_agg_pick {
	u32 cpu, i;
	s64 v;
};

struct xt_agg_order {
	struct xt_agg *a;
	u32 off;      /* of the sort key column in the key */
	u32 size;     /* 0: no key column */
	int is_str;
	int dir;      /* 1 ascending, -1 descending, 0 unsorted */
	int by_value;
};

static int xt_agg_cmp(const void *pa, const void *pb, const void *priv)
{
	const struct xt_agg_order *o = priv;
	const struct xt_agg_pick *x = pa, *y = pb;
	int r = 0;

	if (o->by_value) {
		r = x->v < y->v ? -1 : x->v > y->v;
	} else if (o->size) {
		struct xt_agg *a = o->a;
		const char *p = (const char *)xt_agg_ent_at(a, a->tab[x->cpu], x->i)->key + o->off;
		const char *q = (const char *)xt_agg_ent_at(a, a->tab[y->cpu], y->i)->key + o->off;

		r = xt_key_col_cmp(p, q, o->size, o->is_str);
	}
	r *= o->dir;
	/* Ties keep the order the elements were first seen in, CPU by CPU. */
	if (!r)
		r = x->cpu != y->cpu ? (x->cpu < y->cpu ? -1 : 1) : (x->i < y->i ? -1 : x->i > y->i);
	return r;
}

/* The distinct elements of every CPU (at most max) into out, sorted as `o`
 * says; the value sorted on is the merged statistic what/woff/shift
 * (xt_agg_read). Returns how many, or U32_MAX when they do not fit. */
static u32 xt_agg_collect(struct xt_agg *a, struct xt_agg_pick *out, u32 max, struct xt_agg_order *o,
			  int what, int woff, int shift)
{
	u32 n = 0;
	int cpu, c2;

	for_each_possible_cpu(cpu) {
		struct xt_agg_tab *t = a->tab[cpu];
		u32 used = smp_load_acquire(&t->nused), i;

		for (i = 0; i < used; i++) {
			struct xt_agg_ent *e = xt_agg_ent_at(a, t, i);
			bool seen = false;

			if (!e->count)
				continue;
			for_each_possible_cpu(c2) {
				struct xt_agg_ent *f;

				if (c2 >= cpu)
					break;
				f = xt_agg_find(a, a->tab[c2], e->key, e->hash);
				if (f && f->count) {
					seen = true;
					break;
				}
			}
			if (seen)
				continue;
			if (n == max)
				return U32_MAX;
			out[n].cpu = cpu;
			out[n].i = i;
			out[n].v = o->by_value ? xt_agg_read(a, e->key, what, woff, shift) : 0;
			n++;
		}
	}
	o->a = a;
	if (o->dir)
		sort_r(out, n, sizeof(*out), xt_agg_cmp, NULL, o);
	return n;
}

#endif /* XT_AGG_H */
