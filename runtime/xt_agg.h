/* xtrace kernel runtime: aggregations (count/sum/min/max/avg, stap stats).
 *
 * Each CPU owns a private open-addressing table, so the hot path takes no
 * lock and shares no cache line; the driver merges CPUs when it prints.
 * Entries are preallocated at load time; a full table is an error, counted.
 */
#ifndef XT_AGG_H
#define XT_AGG_H

#ifndef XT_MAXMAPENTRIES
#define XT_MAXMAPENTRIES 2048
#endif

struct xt_agg_ent {
	u32 used;
	u32 hash;
	s64 count, sum, min, max;
	u64 key[];
};

struct xt_agg_tab {
	u32 nused;
	u32 pad;
	char ents[];
};

struct xt_agg {
	u32 keysize;      /* bytes, multiple of 8 */
	u32 entsize;
	u32 nslots;       /* power of two, twice the entry limit */
	struct xt_agg_tab **tab;
};

static int xt_agg_alloc(struct xt_agg *a, u32 keysize)
{
	int cpu;

	a->keysize = keysize;
	a->entsize = sizeof(struct xt_agg_ent) + keysize;
	a->nslots = roundup_pow_of_two(2 * XT_MAXMAPENTRIES);
	a->tab = kcalloc(nr_cpu_ids, sizeof(*a->tab), GFP_KERNEL);
	if (!a->tab)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		a->tab[cpu] = vzalloc(sizeof(struct xt_agg_tab) + (size_t)a->nslots * a->entsize);
		if (!a->tab[cpu])
			return -ENOMEM;
	}
	return 0;
}

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

/* This CPU's entry for `key`, created if absent; NULL when the table is full. */
static struct xt_agg_ent *xt_agg_slot(struct xt_agg *a, const void *key)
{
	struct xt_agg_tab *t = a->tab[smp_processor_id()];
	u32 h = jhash(key, a->keysize, 0x7a3c9e1b);
	u32 i;

	for (i = 0; i < a->nslots; i++) {
		struct xt_agg_ent *e = (struct xt_agg_ent *)(t->ents + (size_t)((h + i) & (a->nslots - 1)) * a->entsize);

		if (!e->used) {
			if (t->nused >= XT_MAXMAPENTRIES)
				return NULL;
			memcpy(e->key, key, a->keysize);
			e->hash = h;
			e->count = 0;
			e->sum = 0;
			e->min = S64_MAX;
			e->max = S64_MIN;
			t->nused++;
			/* The reader on another CPU sees a complete entry or none. */
			smp_store_release(&e->used, 1);
			return e;
		}
		if (e->hash == h && !memcmp(e->key, key, a->keysize))
			return e;
	}
	return NULL;
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

/* Merged value of one element (for stap's @count(a[k]) in a probe). */
static s64 xt_agg_read(struct xt_agg *a, const void *key, int what)
{
	u32 h = jhash(key, a->keysize, 0x7a3c9e1b);
	s64 count = 0, sum = 0, min = S64_MAX, max = S64_MIN;
	int cpu;

	for_each_possible_cpu(cpu) {
		struct xt_agg_tab *t = a->tab[cpu];
		u32 i;

		for (i = 0; i < a->nslots; i++) {
			struct xt_agg_ent *e = (struct xt_agg_ent *)(t->ents + (size_t)((h + i) & (a->nslots - 1)) * a->entsize);

			if (!smp_load_acquire(&e->used))
				break;
			if (e->hash == h && !memcmp(e->key, key, a->keysize)) {
				count += e->count;
				sum += e->sum;
				min = e->min < min ? e->min : min;
				max = e->max > max ? e->max : max;
				break;
			}
		}
	}
	switch (what) {
	case 0: return count;
	case 1: return sum;
	case 2: return count ? min : 0;
	case 3: return count ? max : 0;
	default: return count ? div64_s64(sum, count) : 0;
	}
}

/* Snapshot every CPU's entries into the stream; the driver merges, sorts and
 * prints. `print_id` names the PrintAgg statement, `agg_id` the table. */
static void xt_agg_print(struct xt_agg *a, u16 print_id, u16 agg_id)
{
	int cpu;
	char *p;

	p = xt_rec_reserve(0, XT_REC_AGG_BEGIN, print_id);
	if (p)
		xt_rec_commit();
	for_each_possible_cpu(cpu) {
		struct xt_agg_tab *t = a->tab[cpu];
		u32 i;

		for (i = 0; i < a->nslots; i++) {
			struct xt_agg_ent *e = (struct xt_agg_ent *)(t->ents + (size_t)i * a->entsize);

			if (!smp_load_acquire(&e->used) || !e->count)
				continue;
			p = xt_rec_reserve(a->keysize + 32, XT_REC_AGG_ENTRY, agg_id);
			if (!p)
				continue;
			memcpy(p, e->key, a->keysize);
			p += a->keysize;
			p = xt_put_int(p, e->count);
			p = xt_put_int(p, e->sum);
			p = xt_put_int(p, e->min);
			xt_put_int(p, e->max);
			xt_rec_commit();
		}
	}
	p = xt_rec_reserve(0, XT_REC_AGG_END, print_id);
	if (p)
		xt_rec_commit();
}

/* clear(): zero the statistics of every element, keep the keys (DTrace). */
static void xt_agg_clear(struct xt_agg *a)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct xt_agg_tab *t = a->tab[cpu];
		u32 i;

		for (i = 0; i < a->nslots; i++) {
			struct xt_agg_ent *e = (struct xt_agg_ent *)(t->ents + (size_t)i * a->entsize);

			e->count = 0;
			e->sum = 0;
			e->min = S64_MAX;
			e->max = S64_MIN;
		}
	}
}

#endif /* XT_AGG_H */
