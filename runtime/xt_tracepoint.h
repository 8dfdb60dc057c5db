/* xtrace kernel runtime: attaching to kernel tracepoints by name.
 *
 * Tracepoint structs are not exported one by one, so find them with the
 * exported for_each_kernel_tracepoint() iterator (stable since 4.x).
 */
#ifndef XT_TRACEPOINT_H
#define XT_TRACEPOINT_H

#include <linux/tracepoint.h>

struct xt_tp {
	const char *name;
	void *probe;
	struct tracepoint *tp;
	bool registered;
};

static void xt_tp_match(struct tracepoint *tp, void *priv)
{
	struct xt_tp *t = priv;

	if (!t->tp && !strcmp(tp->name, t->name))
		t->tp = tp;
}

static int xt_tp_register(struct xt_tp *t)
{
	int ret;

	for_each_kernel_tracepoint(xt_tp_match, t);
	if (!t->tp) {
		pr_err("%s: tracepoint %s not found\n", KBUILD_MODNAME, t->name);
		return -ENOENT;
	}
	ret = tracepoint_probe_register(t->tp, t->probe, NULL);
	if (!ret)
		t->registered = true;
	return ret;
}

static void xt_tp_unregister(struct xt_tp *t)
{
	if (t->registered)
		tracepoint_probe_unregister(t->tp, t->probe, NULL);
	t->registered = false;
}

#endif /* XT_TRACEPOINT_H */
