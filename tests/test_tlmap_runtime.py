"""runtime/xt_map.h and runtime/xt_tlmap.h compiled on the host and driven by
random operations against a model: elements stored, updated, removed and read
by several threads, threads exiting and their pids given to new threads.

A colliding hash (a few home slots for all keys) makes long probe runs that
wrap around the table, so that the removal's freeing of tombstones, the
per-thread chains and the exit's walk are all exercised where they can go
wrong; after each operation every invariant is checked (element counts, each
thread's chain, the exit filter, every live element reachable)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_SHIM = r"""
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef int64_t s64; typedef uint64_t u64; typedef uint32_t u32; typedef uint16_t u16;
#undef __always_inline
#define __always_inline inline __attribute__((always_inline))
#define U32_MAX 0xffffffffu
#define ENOMEM 12
#define ALIGN(x, a) (((x) + (a) - 1) / (a) * (a))
#define READ_ONCE(x) (x)
#define WRITE_ONCE(x, v) ((x) = (v))
#define WARN_ON_ONCE(c) (c)
#define cpu_relax() do { } while (0)
#define local_irq_save(f) ((f) = 0)
#define local_irq_restore(f) ((void)(f))
typedef struct { int locked; } raw_spinlock_t;
#define raw_spin_lock_init(l) ((l)->locked = 0)
static bool raw_spin_trylock(raw_spinlock_t *l) { if (l->locked) return false; l->locked = 1; return true; }
static void raw_spin_unlock(raw_spinlock_t *l) { l->locked = 0; }
typedef struct { int counter; } atomic_t;
#define atomic_read(a) ((a)->counter)
#define atomic_inc(a) ((a)->counter++)
#define atomic_dec(a) ((a)->counter--)
static u32 roundup_pow_of_two(u32 n) { u32 p = 1; while (p < n) p <<= 1; return p; }
static void *vzalloc(size_t n) { return calloc(1, n); }
static void vfree(void *p) { free(p); }
struct task_struct { int pid; u64 start_time; };
/* every key lands on one of 4 home slots: long runs that wrap around */
static u32 xt_key_hash(const void *key, u32 size)
{ const u64 *w = key; return (u32)((w[0] + w[2]) & 3) * 13; }
static bool xt_key_eq(const void *a, const void *b, u32 size) { return !memcmp(a, b, size); }
static int xt_key_col_cmp(const char *p, const char *q, size_t size, bool is_str) { return 0; }
static void sort_r(void *b, size_t n, size_t s, int (*c)(const void *, const void *, const void *),
                   void *sw, const void *priv) { }
enum { XT_REC_MAP_ENTRY, XT_REC_MAP_END };
static char *xt_rec_reserve(u32 n, int t, u16 id) { return NULL; }
struct xt_ctx;
typedef void *(*xt_reserve_fn)(struct xt_ctx *c, u32 payload, u16 type, u16 id);
static void *xt_plain_reserve(struct xt_ctx *c, u32 payload, u16 type, u16 id) { return NULL; }
static void xt_rec_commit(void) { }
#define XT_TLMAP 1
"""

_DRIVER = r"""
#define NT 6        /* live threads */
#define NK 12       /* keys per thread */
#define MAXE 24     /* the array's size: 64 slots */
static struct xt_map m;
static struct xt_tlm tl;
static struct task_struct th[NT];
static s64 model[NT][NK];   /* 0: no element */
static u64 born[NT][NK], seq;  /* when each element was created (a wrapping array drops the oldest) */
static u64 clock_ns = 1;

#define FAIL(...) do { fprintf(stderr, __VA_ARGS__); fprintf(stderr, " (op %ld)\n", op); exit(1); } while (0)
static long op;

static void key(u64 *k, struct task_struct *t, u64 kk) { k[0] = t->pid; k[1] = t->start_time; k[2] = kk; }

static void check(void)
{
	u32 i, used = 0, inchains = 0, nthreads = 0;
	int t, k, filt[XT_TLM_FILTER] = { 0 };

	for (i = 0; i < m.nslots; i++)
		used += xt_map_at(&m, i)->used == XT_SLOT_USED;
	if (used != m.nused)
		FAIL("nused %u, %u slots used", m.nused, used);
	for (i = 0; i < tl.ndir; i++) {
		struct xt_tlm_dent *d = &tl.dir[i];
		u32 s, prev = 0, n = 0;

		if (!d->n)
			continue;
		nthreads++;
		filt[xt_tlm_bucket(d->tid) - xt_tlm_filter]++;
		if (xt_tlm_dir_find(&tl, d->tid, d->born, false) != d)
			FAIL("directory entry of %llu unreachable", (unsigned long long)d->tid);
		for (s = d->head; s; prev = s, s = tl.link[2 * (s - 1)]) {
			struct xt_map_ent *e = xt_map_at(&m, s - 1);

			if (e->used != XT_SLOT_USED || e->key[0] != d->tid || e->key[1] != d->born)
				FAIL("chain of %llu holds slot %u", (unsigned long long)d->tid, s - 1);
			if (tl.link[2 * (s - 1) + 1] != prev)
				FAIL("bad back link at slot %u", s - 1);
			if (++n > m.nslots)
				FAIL("chain loops");
		}
		if (n != d->n)
			FAIL("chain of %u elements, count %u", n, d->n);
		inchains += n;
	}
	if (inchains != used)
		FAIL("%u elements in chains, %u used", inchains, used);
	if (nthreads != tl.nthreads)
		FAIL("nthreads %u, %u in the directory", tl.nthreads, nthreads);
	for (i = 0; i < XT_TLM_FILTER; i++)
		if (filt[i] != xt_tlm_filter[i].counter)
			FAIL("filter bucket %u: %d, want %d", i, xt_tlm_filter[i].counter, filt[i]);
	for (t = 0; t < NT; t++)
		for (k = 0; k < NK; k++) {
			u64 kb[3];
			struct xt_map_ent *e;
			s64 v = 0;

			key(kb, &th[t], k);
			e = xt_map_find(&m, kb, false);
			if (e)
				memcpy(&v, xt_map_val(&m, e), 8);
			if (v != model[t][k])
				FAIL("thread %d key %d reads %lld, want %lld", t, k, (long long)v,
				     (long long)model[t][k]);
		}
}

int main(int argc, char **argv)
{
	long nops = atol(argv[1]), exits = 0, fulls = 0, frees = 0;
	int t;

	bool wrap = atoi(argv[3]);

	srand(atoi(argv[2]));
	if (xt_map_alloc(&m, 24, 8, MAXE, wrap) || xt_tlm_alloc(&m, &tl))
		return 2;
	for (t = 0; t < NT; t++) {
		th[t].pid = 100 + t;
		th[t].start_time = clock_ns++;
	}
	for (op = 0; op < nops; op++) {
		int r = rand() % 100, k = rand() % NK;
		u64 kb[3];
		struct xt_map_ent *e;

		t = rand() % NT;
		key(kb, &th[t], k);
		if (r < 50) {                   /* store a non-zero value */
			s64 v = 1 + rand() % 1000;
			u32 live = 0, i, j, oi = 0, oj = 0;

			for (i = 0; i < NT; i++)
				for (j = 0; j < NK; j++)
					if (model[i][j] && (live++ == 0 || born[i][j] < born[oi][oj]))
						oi = i, oj = j;
			e = xt_map_find(&m, kb, true);
			if (e) {
				if (!model[t][k] && live == MAXE) {
					if (!wrap)
						FAIL("a full array took an element");
					model[oi][oj] = 0;      /* the oldest element made room */
					fulls++;
				}
				memcpy(xt_map_val(&m, e), &v, 8);
				if (!model[t][k])
					born[t][k] = ++seq;
				model[t][k] = v;
			} else {
				if (live < MAXE || wrap)
					FAIL("store refused with %u of %u elements", live, MAXE);
				fulls++;
			}
		} else if (r < 85) {            /* store zero: remove */
			e = xt_map_find(&m, kb, false);
			if (e)
				xt_map_remove(&m, e);
			model[t][k] = 0;
		} else if (r < 97) {            /* the thread exits; its pid goes to a new thread */
			struct task_struct dead = th[t];
			int held = 0;

			for (k = 0; k < NK; k++)
				held |= model[t][k] != 0;
			if (held && !xt_tlm_held(&dead))
				FAIL("the exit filter misses a thread holding elements");
			if (xt_tlm_held(&dead))
				xt_tlm_exit(&m, &dead);
			for (k = 0; k < NK; k++)
				model[t][k] = 0;
			th[t].start_time = clock_ns++;
			if (rand() % 2)          /* else: another pid */
				th[t].pid = 100 + rand() % 50;
			for (k = 0; k < NT; k++)   /* pids of live threads differ */
				if (k != t && th[k].pid == th[t].pid)
					th[t].pid = 200 + t;
			exits++;
			frees += held;
		} else {                        /* clear the whole array */
			xt_map_delete_all(&m);
			memset(model, 0, sizeof(model));
		}
		check();
	}
	printf("%ld ops, %ld exits (%ld holding elements), %ld full stores\n", nops, exits, frees, fulls);
	return 0;
}
"""


@pytest.mark.parametrize("seed,wrap", [(1, 0), (2, 0), (3, 0), (4, 1), (5, 1)])
def test_thread_local_array_chains_against_a_model(tmp_path, seed, wrap):
    """(wrap: a full array drops its oldest element, as stap's `a[N]%` does: the
    removal and the insertion that follows meet in xt_map_find.)"""
    if shutil.which("gcc") is None:
        pytest.skip("no C compiler")
    (tmp_path / "linux").mkdir()
    (tmp_path / "linux" / "sort.h").write_text("")
    src = tmp_path / "t.c"
    src.write_text(_SHIM + f'#include "{ROOT / "runtime" / "xt_map.h"}"\n'
                   + f'#include "{ROOT / "runtime" / "xt_tlmap.h"}"\n' + _DRIVER)
    exe = tmp_path / "t"
    subprocess.run(["gcc", "-std=gnu11", "-Wall", "-Wno-unused-function", "-Wno-unused-variable",
                    "-Wno-unused-but-set-variable", f"-I{tmp_path}", "-o", str(exe), str(src)],
                   check=True)
    run = subprocess.run([str(exe), "20000", str(seed), str(wrap)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    # the walk went everywhere it should: full arrays, exits with elements
    ops, exits, holding, fulls = (int(w) for w in re.findall(r"\d+", run.stdout))
    assert holding > 100 and fulls > 10, run.stdout
