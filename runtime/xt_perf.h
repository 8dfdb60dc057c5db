/* xtrace kernel runtime: stap's perf probes (perf.sw.*, perf.hw.*,
 * perf.type(T).config(C)).
 *
 * A perf point is one kernel counter per online CPU, sampling every N events;
 * a hardware watchpoint (stap kernel.data(ADDR).write/.rw) is one of type
 * PERF_TYPE_BREAKPOINT on every CPU. Each event's overflow handler runs the
 * probe with the registers the event saved
 * (addr(), user_mode(), backtraces see the code that caused the event). The
 * handler runs wherever the kernel counts the event: a page fault, inside the
 * scheduler (context switches), an NMI (hardware counters). The probe body
 * never sleeps and takes only trylocks, and the per-CPU gate makes a handler
 * that interrupts a probe skip, as for every other probe.
 *
 * Whether the kernel offers an event (a hardware one needs a PMU) is only known
 * when the counter is made: a point that cannot be made fails the session with
 * the point and the reason, unless it is optional (`?`), where it is dropped.
 */
#ifndef XT_PERF_H
#define XT_PERF_H

#include <linux/perf_event.h>
#include <linux/rcupdate.h>

struct xt_perf {
	u32 type;
	u64 config;
	u64 sample;
	struct perf_event *__percpu *ev;
	perf_overflow_handler_t fn;
	const char *what;	/* "probe point P: this kernel offers no ..." */
	bool optional;
	bool hw;
	/* a hardware watchpoint (type PERF_TYPE_BREAKPOINT, stap kernel.data) */
	u64 bp_addr;
	u32 bp_len;
	u32 bp_type;
};

static void xt_perf_release(struct xt_perf *p)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct perf_event **e = per_cpu_ptr(p->ev, cpu);

		if (*e) {
			perf_event_release_kernel(*e);
			*e = NULL;
		}
	}
}

static const char *xt_perf_reason(const struct xt_perf *p, int err)
{
	static char buf[40];

	switch (err) {
	case -ENOENT:
		return p->hw ? "no PMU" : "no such event";
	case -EOPNOTSUPP:
		return "not supported by its PMU";
	case -EINVAL:
		return "invalid type or config";
	case -EACCES:
	case -EPERM:
		return "not permitted";
	default:
		snprintf(buf, sizeof(buf), "error %d", err);
		return buf;
	}
}

/* Make the counters on every online CPU; 0, or the error (reported unless the
 * point is optional, which then just fires nowhere). */
static int xt_perf_arm(struct xt_perf *p)
{
	static char msg[256];
	struct perf_event_attr attr = {
		.type = p->type,
		.size = sizeof(attr),
		.config = p->config,
		.sample_period = p->sample,
	};

	if (p->type == PERF_TYPE_BREAKPOINT) {
		/* the address, length and access kind the debug registers watch; every
		 * access is a hit (the handler runs after the accessing instruction) */
		attr.bp_addr = p->bp_addr;
		attr.bp_len = p->bp_len;
		attr.bp_type = p->bp_type;
		attr.sample_period = 1;
	}
	int cpu, ret = 0;

	for_each_online_cpu(cpu) {
		struct perf_event *e = perf_event_create_kernel_counter(&attr, cpu, NULL, p->fn, NULL);

		if (IS_ERR(e)) {
			ret = PTR_ERR(e);
			break;
		}
		*per_cpu_ptr(p->ev, cpu) = e;
	}
	if (!ret)
		return 0;
	xt_perf_release(p);
	if (p->optional)
		return 0;
	snprintf(msg, sizeof(msg), "%s (%s)", p->what, xt_perf_reason(p, ret));
	pr_err("%s: %s\n", KBUILD_MODNAME, msg);
	xt_fatal(msg);
	xt_arm_said = true;
	return ret;
}

/* Run the probe for one sample: the counter's CPU, the registers it saved. */
static __always_inline void xt_perf_hit(void (*probe)(struct xt_ctx *), const char *pp,
					struct pt_regs *regs)
{
	struct xt_ctx *c = xt_begin_bare();

	if (!c)
		return;
	c->regs = regs;
	c->pp = pp;
	probe(c);
	xt_end_bare(c);
}

#endif /* XT_PERF_H */
