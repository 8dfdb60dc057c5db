/* xtrace kernel runtime: stap's netfilter probes.
 *
 * Each netfilter.hook(...).pf(...) point is an nf_hook_ops registered in the
 * initial network namespace (as stap registers its hooks). The hook runs the
 * probe like any other probe (per-CPU context, re-entrancy gate, action
 * budget) with preemption disabled (LOCAL_OUT runs in the sender's process
 * context), and returns the verdict the probe left in c->nf_verdict:
 * NF_ACCEPT unless a guru-mode script set $verdict. Only NF_DROP, NF_ACCEPT
 * and NF_QUEUE are passed on: netfilter frees nothing for the others (NF_STOLEN
 * says the hook took the packet, which a script cannot do: the skb would leak;
 * NF_REPEAT could loop), so they are NF_ACCEPT.
 * nf_unregister_net_hook() waits for hooks in flight (synchronize_net).
 */
#ifndef XT_NETFILTER_H
#define XT_NETFILTER_H

#include <linux/netfilter.h>
#include <linux/netdevice.h>
#include <linux/skbuff.h>
#include <net/net_namespace.h>

/* A device's name into a string slot ("" for none), read without faulting. */
static __maybe_unused const char *xt_nf_devname(const struct net_device *dev, char *buf)
{
	size_t n = min_t(size_t, IFNAMSIZ, XT_MAXSTRINGLEN);

	buf[0] = 0;
	if (dev && copy_from_kernel_nofault(buf, dev->name, n))
		buf[0] = 0;
	buf[n - 1] = 0;
	return buf;
}

static unsigned int xt_nf_run(void (*fn)(struct xt_ctx *c), const char *pp, struct sk_buff *skb,
			      const struct nf_hook_state *state)
{
	unsigned int verdict = NF_ACCEPT;
	struct xt_ctx *c = xt_begin_bare();

	if (!c)
		return NF_ACCEPT;
	c->pp = pp;
	c->nf_skb = skb;
	c->nf_state = state;
	c->nf_verdict = NF_ACCEPT;
	fn(c);
	if (c->nf_verdict == NF_DROP || c->nf_verdict == NF_QUEUE)
		verdict = c->nf_verdict;
	xt_end_bare(c);
	return verdict;
}

#endif /* XT_NETFILTER_H */
