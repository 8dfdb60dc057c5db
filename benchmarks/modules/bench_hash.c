// SPDX-License-Identifier: GPL-2.0
/* The limit for count.d's job: a hand-written per-CPU hash count keyed by
 * (pid, comm), i.e. `@[pid, execname] = count()` done as cheaply as we know
 * how. Each CPU owns a preallocated open-addressing table (no lock, no shared
 * cache line); merging CPUs is left to the reader, as tracers do. */
#include "bench_proto.h"
#include <linux/vmalloc.h>
#include <linux/slab.h>

#define BENCH_SLOTS 4096 /* power of two */

struct bench_ent {
	u64 key[3]; /* tgid | USED, comm[0..7], comm[8..15] */
	u64 count;
};

struct bench_tab {
	struct bench_ent ent[BENCH_SLOTS];
	u64 full; /* hits lost to a full table */
};

#define BENCH_USED (1ULL << 63) /* so a used key word 0 is never 0 */

static struct bench_tab **bench_tabs;

static void bench_probe(void *data, struct pt_regs *regs, long id)
{
	struct bench_tab *t = bench_tabs[smp_processor_id()];
	u64 k0 = (u64)current->tgid | BENCH_USED, k1, k2;
	u32 h, i;

	/* comm is NUL-padded to TASK_COMM_LEN (16) by set_task_comm, so its
	 * raw bytes are a canonical key: no strscpy, no memset. */
	memcpy(&k1, current->comm, 8);
	memcpy(&k2, current->comm + 8, 8);
	h = (u32)(((k0 ^ (k1 * 31) ^ (k2 * 1031)) * 0x9E3779B97F4A7C15ULL) >> 40);
	for (i = 0; i < BENCH_SLOTS; i++) {
		struct bench_ent *e = &t->ent[(h + i) & (BENCH_SLOTS - 1)];

		if (e->key[0] == k0 && e->key[1] == k1 && e->key[2] == k2) {
			e->count++;
			return;
		}
		if (!e->key[0]) {
			e->key[1] = k1;
			e->key[2] = k2;
			e->count = 1;
			WRITE_ONCE(e->key[0], k0);
			return;
		}
	}
	t->full++;
}

static int bench_summary(char *buf, size_t len)
{
	u64 keys = 0, hits = 0, full = 0;
	int cpu, i;

	for_each_possible_cpu(cpu) {
		struct bench_tab *t = bench_tabs[cpu];

		for (i = 0; i < BENCH_SLOTS; i++) {
			keys += !!t->ent[i].key[0];
			hits += t->ent[i].count;
		}
		full += t->full;
	}
	return scnprintf(buf, len, "keys=%llu hits=%llu full=%llu\n", keys, hits, full);
}

static int bench_setup(void)
{
	int cpu;

	bench_tabs = kcalloc(nr_cpu_ids, sizeof(*bench_tabs), GFP_KERNEL);
	if (!bench_tabs)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		bench_tabs[cpu] = vzalloc(sizeof(struct bench_tab));
		if (!bench_tabs[cpu]) {
			bench_teardown();
			return -ENOMEM;
		}
	}
	return 0;
}

static void bench_teardown(void)
{
	int cpu;

	if (!bench_tabs)
		return;
	for_each_possible_cpu(cpu)
		vfree(bench_tabs[cpu]);
	kfree(bench_tabs);
	bench_tabs = NULL;
}
