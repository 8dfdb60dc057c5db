/* xtrace kernel runtime: D's speculative tracing.
 *
 * Why records are tagged rather than buffered here: the kernel collects and
 * user space presents (DESIGN.md). A record made after speculate(id) goes to
 * the ordinary per-CPU ring wrapped in an XT_REC_SPEC record that names the
 * speculation; commit(id) and discard(id) write an XT_REC_SPEC_END record.
 * The driver holds a speculation's records until its end record arrives and
 * then prints them (commit) or forgets them (discard). So there is no
 * per-speculation buffer to preallocate, copy or clean in probe context, and
 * a commit costs one record. What the kernel keeps is each id's state (the
 * nspec ids are handed out by speculation()) and the bytes each speculation
 * has used, so that specsize is enforced here, where drops are counted.
 *
 * Differences from DTrace, which keeps specsize bytes per CPU per speculation:
 * here specsize bounds a speculation's records over all CPUs, counted in this
 * runtime's record sizes; an id is free again as soon as it is committed or
 * discarded (DTrace's cleaner may keep it busy for a moment).
 */
#ifndef XT_SPEC_H
#define XT_SPEC_H

#ifndef XT_NSPEC
#define XT_NSPEC 1
#endif
#ifndef XT_SPECSIZE
#define XT_SPECSIZE (1u << 20)
#endif

enum { XT_SPEC_FREE, XT_SPEC_ACTIVE, XT_SPEC_ENDING };

static atomic_t xt_spec_state[XT_NSPEC + 1];
static atomic64_t xt_spec_used[XT_NSPEC + 1];

/* speculation(): a free id, or 0 (counted: "failed speculation") when none is. */
static noinline __maybe_unused s64 xt_speculation(void)
{
	int i;

	for (i = 1; i <= XT_NSPEC; i++) {
		if (atomic_cmpxchg(&xt_spec_state[i], XT_SPEC_FREE, XT_SPEC_ACTIVE) == XT_SPEC_FREE) {
			atomic64_set(&xt_spec_used[i], 0);
			return i;
		}
	}
	atomic64_inc(&xt_spec_unavail);
	return 0;
}

/* speculate(id), id already checked to be within 0..nspec: what c->spec
 * becomes. 0 or an id not active drops the clause's records silently. */
static __always_inline int xt_speculate(s64 id)
{
	return id && atomic_read(&xt_spec_state[id]) == XT_SPEC_ACTIVE ? (int)id : -1;
}

/* Vue's start_tentative(): buffer `id` (a constant within 1..nspec) needs no
 * speculation(): it is opened here when free. A commit on another CPU holds
 * it ENDING only while it writes its end record: wait that out rather than
 * lose the records. */
static noinline __maybe_unused int xt_tentative(s64 id)
{
	int tries;

	for (tries = 0; tries < 100000; tries++) {
		int st = atomic_cmpxchg(&xt_spec_state[id], XT_SPEC_FREE, XT_SPEC_ACTIVE);

		if (st == XT_SPEC_FREE)
			atomic64_set(&xt_spec_used[id], 0);
		if (st != XT_SPEC_ENDING)
			return (int)id;
		cpu_relax();
	}
	return -1;
}

/* commit(id) / discard(id) of an id within 1..nspec. The state goes through
 * ENDING while the end record is written, so a speculation() on another CPU
 * cannot reuse the id for records that would come before the end record. */
static noinline __maybe_unused void xt_spec_end(s64 id, bool commit)
{
	char *p;

	if (atomic_cmpxchg(&xt_spec_state[id], XT_SPEC_ACTIVE, XT_SPEC_ENDING) != XT_SPEC_ACTIVE)
		return;
	p = xt_rec_reserve(8, XT_REC_SPEC_END, (u16)id);
	if (p) {
		xt_put_int(p, commit);
		xt_rec_commit();
	}
	atomic_set(&xt_spec_state[id], XT_SPEC_FREE);
}

/* xt_rec_reserve for the records of a clause that may have called speculate():
 * wrapped for its speculation (u32 id, u16 type, u16 0, then the record's
 * payload), within specsize, or not made at all after a dropped speculate(). */
static noinline __maybe_unused void *xt_spec_reserve(struct xt_ctx *c, u32 payload, u16 type, u16 id)
{
	u32 len = ALIGN(sizeof(struct xt_rec) + 8 + payload, 8);
	char *p;

	if (!c->spec)
		return xt_rec_reserve(payload, type, id);
	if (c->spec < 0)
		return NULL;
	if (atomic64_add_return(len, &xt_spec_used[c->spec]) > XT_SPECSIZE) {
		/* DTrace drops what does not fit, counted as one speculative drop. */
		atomic64_sub(len, &xt_spec_used[c->spec]);
		atomic64_inc(&xt_spec_drops);
		c->spec = -1;
		return NULL;
	}
	p = xt_rec_reserve(8 + payload, XT_REC_SPEC, id);
	if (!p)
		return NULL;
	*(u32 *)p = c->spec;
	*(u16 *)(p + 4) = type;
	*(u16 *)(p + 6) = 0;
	return p + 8;
}

#endif /* XT_SPEC_H */
