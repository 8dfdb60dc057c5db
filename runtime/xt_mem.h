/* xtrace kernel runtime: D's scratch memory (copyin, copyinto, alloca) and tracemem.
 *
 * Scratch space is a per-CPU area of the probe context, handed out from the
 * start of each clause's hit (DTrace frees it when the clause ends), so
 * nothing is allocated in probe context. User memory is read only with
 * copy_from_user_nofault, kernel memory with copy_from_kernel_nofault.
 */
#ifndef XT_MEM_H
#define XT_MEM_H

/* `n` bytes of this hit's scratch space (plus a NUL after them, so that
 * stringof() of a copied buffer ends), or NULL when they do not fit. */
static __always_inline char *xt_scratch(struct xt_ctx *c, u64 n)
{
	char *d;

	if (n >= XT_SCRATCHSIZE || c->scratch_off + n + 1 > XT_SCRATCHSIZE)
		return NULL;
	d = c->scratch + c->scratch_off;
	c->scratch_off += ALIGN(n + 1, 8);
	if (c->scratch_off > XT_SCRATCHSIZE)
		c->scratch_off = XT_SCRATCHSIZE;
	d[n] = 0;
	return d;
}

/* Is [d, d + n) scratch space this hit was given (copyinto's destination)? */
static __always_inline bool xt_in_scratch(struct xt_ctx *c, unsigned long d, u64 n)
{
	unsigned long lo = (unsigned long)c->scratch;

	return d >= lo && n <= c->scratch_off && d - lo <= c->scratch_off - n;
}

/* A tracemem record of `size` bytes (u64 size, u64 bytes to show, the bytes), in
 * the open speculation if any; NULL when it cannot be made (full ring, dropped
 * speculation), which is not a fault. The caller fills p + 16 and commits. */
static __always_inline char *xt_mem_reserve(struct xt_ctx *c, u32 size, u64 shown)
{
	char *p;

#ifdef XT_SPEC_H
	p = xt_spec_reserve(c, 16 + size, XT_REC_MEM, 0);
#else
	p = xt_rec_reserve(16 + size, XT_REC_MEM, 0);
#endif
	if (p)
		xt_put_int(xt_put_int(p, size), shown);
	return p;
}

/* tracemem(): `size` bytes of kernel memory at `addr`; false when they cannot
 * be read. */
static noinline __maybe_unused bool xt_tracemem(struct xt_ctx *c, unsigned long addr, u32 size, u64 shown)
{
	char *p = xt_mem_reserve(c, size, shown);

	if (!p)
		return true;
	if (copy_from_kernel_nofault(p + 16, (const void *)addr, size))
		return false;  /* not committed: the next record takes its place */
	xt_rec_commit();
	return true;
}

/* Vue's trace(): `size` bytes of a value of this hit (`have` bytes at `src`,
 * then zeros: a String is padded to its declared length). */
static noinline __maybe_unused void xt_tracebuf(struct xt_ctx *c, const void *src, u32 have, u32 size)
{
	char *p = xt_mem_reserve(c, size, size);

	if (!p)
		return;
	if (have > size)
		have = size;
	memcpy(p + 16, src, have);
	memset(p + 16 + have, 0, size - have);
	xt_rec_commit();
}

#endif /* XT_MEM_H */
