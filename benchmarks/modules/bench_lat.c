// SPDX-License-Identifier: GPL-2.0
/* The floor for a latency histogram: a kretprobe on the getppid syscall's
 * kernel function whose entry handler keeps the entry time in the
 * kretprobe instance's own data (no table lookup at all) and whose return
 * handler bumps a per-CPU power-of-two bucket, as quantize() would. The
 * same clock as xtrace's `timestamp`. */
#define BENCH_CUSTOM_ARM
#include "bench_proto.h"
#include <linux/kprobes.h>
#include <linux/log2.h>
#include <linux/timekeeping.h>

struct bench_hist {
	u64 bucket[65];
};

static DEFINE_PER_CPU(struct bench_hist, bench_hist);

static int bench_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	*(u64 *)ri->data = ktime_get_mono_fast_ns();
	return 0;
}

static int bench_return(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	u64 delta = ktime_get_mono_fast_ns() - *(u64 *)ri->data;

	/* kprobe handlers run with preemption off: no lock, no atomic. */
	this_cpu_inc(bench_hist.bucket[delta ? ilog2(delta) + 1 : 0]);
	return 0;
}

static struct kretprobe bench_krp = {
	.kp.symbol_name = "__x64_sys_getppid",
	.entry_handler = bench_entry,
	.handler = bench_return,
	.data_size = sizeof(u64),
	.maxactive = 64,
};

static int bench_arm(void)
{
	return register_kretprobe(&bench_krp);
}

static void bench_disarm(void)
{
	/* Waits until no CPU is in a handler. */
	unregister_kretprobe(&bench_krp);
}

static int bench_summary(char *buf, size_t len)
{
	u64 hits = 0;
	int cpu, i, used = 0;

	for (i = 0; i < 65; i++) {
		u64 n = 0;

		for_each_possible_cpu(cpu)
			n += per_cpu(bench_hist, cpu).bucket[i];
		hits += n;
		used += n != 0;
	}
	return scnprintf(buf, len, "keys=%d hits=%llu missed=%d\n", used, hits, bench_krp.nmissed);
}

static int bench_setup(void) { return 0; }
static void bench_teardown(void) { }
