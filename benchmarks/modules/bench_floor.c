// SPDX-License-Identifier: GPL-2.0
/* The floor: the least a module can do on every syscall entry, bump a
 * per-CPU counter from a raw_syscalls:sys_enter tracepoint probe. Whatever a
 * tracer adds beyond this is the cost of its own work. */
#include "bench_proto.h"

static DEFINE_PER_CPU(u64, bench_hits);

static void bench_probe(void *data, struct pt_regs *regs, long id)
{
	/* Tracepoint probes run with preemption off: no lock, no atomic. */
	this_cpu_inc(bench_hits);
}

static int bench_summary(char *buf, size_t len)
{
	u64 hits = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		hits += per_cpu(bench_hits, cpu);
	return scnprintf(buf, len, "keys=1 hits=%llu\n", hits);
}

static int bench_setup(void) { return 0; }
static void bench_teardown(void) { }
