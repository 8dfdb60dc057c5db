/* xtrace kernel runtime: user-space function probes (uprobes).
 *
 * A uprobe sits at a file offset of an inode, so every process running that
 * file is probed; the path is looked up when the session arms. `xt_root` is
 * prefixed to it: the sandbox guest sees the host's files under a mount point
 * (its job runner passes it), a host session leaves it empty.
 *
 * The registration API changed in 6.12 (uprobe_register returns the uprobe and
 * takes the reference counter's offset that 6.1's uprobe_register_refctr took,
 * unregistering is split into _nosync and one _sync); both are handled here.
 * Handlers run in the probed task's context with preemption enabled: the
 * generated handler disables it around the probe body, which uses per-CPU
 * state.
 */
#ifndef XT_UPROBE_H
#define XT_UPROBE_H

#include <linux/uprobes.h>
#include <linux/namei.h>
#include <linux/version.h>
#include <linux/moduleparam.h>

#define XT_UPROBE_NEW_API (LINUX_VERSION_CODE >= KERNEL_VERSION(6, 12, 0))

static char *xt_root = "";
module_param(xt_root, charp, 0400);
MODULE_PARM_DESC(xt_root, "prefix of the paths of probed user-space files");

struct xt_up {
	struct uprobe_consumer uc;
	const char *path;
	loff_t offset;
	/* an SDT marker's semaphore (file offset, 0: none): the kernel keeps the
	 * counter there raised in every process while the probe is registered, so
	 * the program's `if (PROVIDER_NAME_ENABLED())` computes the arguments */
	loff_t ref_ctr;
	struct inode *inode;
#if XT_UPROBE_NEW_API
	struct uprobe *up;
#endif
	const char *what;  /* the probe as the script names it, for a refusal */
	/* one of the functions a pattern matched (pid$target:libc.so.6::entry):
	 * where the kernel cannot probe its first instruction, DTrace has no
	 * probe for it, and the session goes on without it */
	bool optional;
	bool on;
};

/* Why a uprobe could not be registered, as the session's fatal error. */
static void xt_up_refusal(struct xt_up *u, int ret)
{
	char msg[256];

	snprintf(msg, sizeof(msg), "cannot probe %s (%s at offset 0x%llx): %s", u->what, u->path,
		 (unsigned long long)u->offset,
		 ret == -ENOTSUPP ? "the kernel cannot probe its first instruction" :
		 ret == -EINVAL ? "not an instruction the kernel can probe there" :
		 ret == -ENOENT ? "no such file" : "the kernel refused it");
	xt_fatal(msg);
	xt_arm_said = true;
}

static int xt_up_register(struct xt_up *u)
{
	struct path p;
	char *full;
	int ret;

	full = kasprintf(GFP_KERNEL, "%s%s", xt_root, u->path);
	if (!full)
		return -ENOMEM;
	ret = kern_path(full, LOOKUP_FOLLOW, &p);
	if (ret) {
		pr_err("%s: cannot find %s: %d\n", KBUILD_MODNAME, full, ret);
		kfree(full);
		xt_up_refusal(u, ret);
		return ret;
	}
	kfree(full);
	u->inode = igrab(d_real_inode(p.dentry));
	path_put(&p);
	if (!u->inode)
		return -ENOENT;
#if XT_UPROBE_NEW_API
	u->up = uprobe_register(u->inode, u->offset, u->ref_ctr, &u->uc);
	if (IS_ERR(u->up)) {
		ret = PTR_ERR(u->up);
		u->up = NULL;
	}
#else
	ret = u->ref_ctr ? uprobe_register_refctr(u->inode, u->offset, u->ref_ctr, &u->uc)
			 : uprobe_register(u->inode, u->offset, &u->uc);
#endif
	if (ret) {
		iput(u->inode);
		u->inode = NULL;
		if (u->optional && ret == -ENOTSUPP) {
			pr_info("%s: %s: the kernel cannot probe its first instruction; left out\n",
				KBUILD_MODNAME, u->what);
			return 0;
		}
		pr_err("%s: cannot probe %s+%lld: %d\n", KBUILD_MODNAME, u->path, (long long)u->offset, ret);
		/* the sandbox's user sees no kernel log: the session says it */
		xt_up_refusal(u, ret);
		return ret;
	}
	u->on = true;
	return 0;
}

/* Stop one probe; xt_up_release() must follow once all are stopped. */
static void xt_up_unregister(struct xt_up *u)
{
	if (!u->on)
		return;
#if XT_UPROBE_NEW_API
	uprobe_unregister_nosync(u->up, &u->uc);
#else
	uprobe_unregister(u->inode, u->offset, &u->uc);
#endif
	u->on = false;
}

/* After every probe is unregistered: wait for running handlers, drop inodes. */
static void xt_up_release(struct xt_up **ups, int n)
{
	int i;

#if XT_UPROBE_NEW_API
	uprobe_unregister_sync();
#endif
	for (i = 0; i < n; i++) {
		if (ups[i]->inode) {
			iput(ups[i]->inode);
			ups[i]->inode = NULL;
		}
	}
}

#endif /* XT_UPROBE_H */
