/* The sandbox job protocol for the hand-written benchmark modules.
 *
 * The guest job loop (sandbox/guest_init.sh) does: insmod, `cat
 * /proc/<mod>/out &`, `echo start > /proc/<mod>/ctl`, the command, `echo stop
 * > /proc/<mod>/ctl`, wait for the cat, rmmod. So:
 *   ctl "start" registers bench_probe on raw_syscalls:sys_enter (bench_arm),
 *   ctl "stop"  unregisters it (bench_disarm) (and waits until no CPU is still inside it),
 *   out         sleeps until stopped, then returns bench_summary() once, then EOF.
 *
 * The including file defines bench_probe() and bench_summary(), and may set
 * bench_setup()/bench_teardown() for allocations (process context, at load).
 * A file that probes something else than the tracepoint defines
 * BENCH_CUSTOM_ARM and its own bench_arm()/bench_disarm() (the latter must
 * return only once no CPU is inside its handlers) instead of bench_probe().
 * Kept apart from xtrace's runtime on purpose: these modules are the yardstick.
 */
#ifndef BENCH_PROTO_H
#define BENCH_PROTO_H

#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <linux/uaccess.h>
#include <linux/mutex.h>
#include <linux/delay.h>
#include <linux/tracepoint.h>
#include <linux/percpu.h>
#include <linux/sched.h>

static int bench_summary(char *buf, size_t len);
static int bench_setup(void);
static void bench_teardown(void);

static DEFINE_MUTEX(bench_mutex);
static bool bench_registered;
static bool bench_stopped;
static struct proc_dir_entry *bench_dir;

#ifndef BENCH_CUSTOM_ARM
static void bench_probe(void *data, struct pt_regs *regs, long id);
static struct tracepoint *bench_tp;

/* Tracepoint structs are not exported one by one; the iterator is. */
static void bench_match(struct tracepoint *tp, void *priv)
{
	if (!bench_tp && !strcmp(tp->name, "sys_enter"))
		bench_tp = tp;
}

static int bench_arm(void)
{
	for_each_kernel_tracepoint(bench_match, NULL);
	return bench_tp ? tracepoint_probe_register(bench_tp, (void *)bench_probe, NULL) : -ENOENT;
}

static void bench_disarm(void)
{
	tracepoint_probe_unregister(bench_tp, (void *)bench_probe, NULL);
	/* After this no CPU runs bench_probe: the tables can be read. */
	tracepoint_synchronize_unregister();
}
#else
static int bench_arm(void);
static void bench_disarm(void);
#endif

static void bench_stop(void)
{
	mutex_lock(&bench_mutex);
	if (bench_registered) {
		bench_disarm();
		bench_registered = false;
	}
	WRITE_ONCE(bench_stopped, true);
	mutex_unlock(&bench_mutex);
}

static ssize_t bench_ctl_write(struct file *f, const char __user *ubuf, size_t count, loff_t *ppos)
{
	char cmd[8] = {0};
	int ret = 0;

	if (copy_from_user(cmd, ubuf, min(count, sizeof(cmd) - 1)))
		return -EFAULT;
	if (!strncmp(cmd, "start", 5)) {
		mutex_lock(&bench_mutex);
		if (!bench_registered && !bench_stopped) {
			ret = bench_arm();
			bench_registered = !ret;
		}
		mutex_unlock(&bench_mutex);
	} else if (!strncmp(cmd, "stop", 4)) {
		bench_stop();
	} else {
		ret = -EINVAL;
	}
	return ret ? ret : count;
}

static ssize_t bench_out_read(struct file *f, char __user *ubuf, size_t count, loff_t *ppos)
{
	char buf[128];
	int n;

	/* Process context: sleeping here is fine, and the job loop expects EOF
	 * only once the session is over. */
	while (!READ_ONCE(bench_stopped))
		if (msleep_interruptible(20))
			return -EINTR;
	n = bench_summary(buf, sizeof(buf));
	return simple_read_from_buffer(ubuf, count, ppos, buf, n);
}

static const struct proc_ops bench_out_ops = {
	.proc_read = bench_out_read,
	.proc_lseek = noop_llseek,
};

static const struct proc_ops bench_ctl_ops = {
	.proc_write = bench_ctl_write,
	.proc_lseek = noop_llseek,
};

static int __init bench_init(void)
{
	int ret = bench_setup();

	if (ret)
		return ret;
	bench_dir = proc_mkdir(KBUILD_MODNAME, NULL);
	if (!bench_dir || !proc_create("out", 0400, bench_dir, &bench_out_ops) ||
	    !proc_create("ctl", 0200, bench_dir, &bench_ctl_ops)) {
		proc_remove(bench_dir);
		bench_teardown();
		return -ENOMEM;
	}
	return 0;
}

static void __exit bench_exit(void)
{
	proc_remove(bench_dir);
	bench_stop();
	bench_teardown();
}

module_init(bench_init);
module_exit(bench_exit);
MODULE_LICENSE("GPL");

#endif /* BENCH_PROTO_H */
