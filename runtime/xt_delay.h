/* Busy-waits in a probe: stap's udelay()/mdelay() (guru-delay tapset, -g) and
 * D's chill() (destructive).
 *
 * Both spin on the CPU the probe fired on, the probed thread held up. stap's
 * tapset calls the kernel's udelay()/mdelay() with no limit (and turns its
 * overload check off: the module is built with XT_OVERLOAD_PERCENT 0); a
 * negative count, which stap passes as a huge unsigned one, waits nothing here,
 * and one wait is cut at XT_DELAY_MAX_NS, a second, where the kernel would
 * report a soft lockup. DTrace's chill() lets a CPU chill at most 500 ms of
 * each second (dtrace_chill_max in dtrace_chill_interval): a chill() that
 * would pass it, or a negative one, is an illegal operation and waits nothing.
 */
#include <linux/percpu.h>

#define XT_DELAY_MAX_NS 1000000000LL
#define XT_CHILL_MAX_NS 500000000LL
#define XT_CHILL_INTERVAL_NS 1000000000LL

struct xt_chill {
	u64 mark;     /* when this CPU's interval began */
	s64 chilled;  /* what it chilled in it */
};
static DEFINE_PER_CPU(struct xt_chill, xt_chills);

static void xt_delay_ns(s64 ns)
{
	u64 start = ktime_get_mono_fast_ns();

	if (ns <= 0)
		return;
	if (ns > XT_DELAY_MAX_NS)
		ns = XT_DELAY_MAX_NS;
	while (ktime_get_mono_fast_ns() - start < (u64)ns)
		cpu_relax();
}

/* D's chill(ns): false, waiting nothing, when this CPU may not chill that long. */
static bool xt_chill(s64 ns)
{
	struct xt_chill *c = this_cpu_ptr(&xt_chills);
	u64 now = ktime_get_mono_fast_ns();

	if (now - c->mark > XT_CHILL_INTERVAL_NS) {
		c->mark = now;
		c->chilled = 0;
	}
	if (ns < 0 || c->chilled + ns > XT_CHILL_MAX_NS)
		return false;
	xt_delay_ns(ns);
	c->chilled += ns;
	return true;
}
