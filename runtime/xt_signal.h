/* D's raise() and stop(): a signal to the thread the probe fired in.
 *
 * The signal is not sent from the probe handler itself: a probe can fire with
 * a runqueue lock or the target's siglock held (a kprobe in the scheduler or
 * in the signal code, a tracepoint such as sched_switch or signal_generate),
 * and send_sig_info() takes those locks again (siglock, then the wakeup's
 * runqueue lock): a deadlock. Like the kernel's bpf_send_signal_thread(), the
 * handler only records (task, signal) in a per-CPU irq_work, which sends it as
 * soon as interrupts are enabled again -- before the thread gets back to user
 * space, where the signal is delivered. On PREEMPT_RT the irq_work runs in the
 * per-CPU irq_work thread, where the sleeping siglock may be taken.
 *
 * One signal may be in flight per CPU; a raise() while it is counts as a drop
 * (the thread already has a signal coming). Kernel threads are never signalled.
 */
#include <linux/irq_work.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>

struct xt_sigwork {
	struct irq_work work;
	struct task_struct *task;
	int sig;
};

static DEFINE_PER_CPU(struct xt_sigwork, xt_sigworks);
static atomic64_t xt_sig_busy = ATOMIC64_INIT(0);

static void xt_sig_send(struct irq_work *w)
{
	struct xt_sigwork *s = container_of(w, struct xt_sigwork, work);

	send_sig_info(s->sig, SEND_SIG_PRIV, s->task);
	put_task_struct(s->task);
}

static void xt_sig_init(void)
{
	int cpu;

	for_each_possible_cpu(cpu)
		init_irq_work(&per_cpu(xt_sigworks, cpu).work, xt_sig_send);
}

/* After the probes are disarmed: no signal is left queued when the module goes. */
static void xt_sig_drain(void)
{
	int cpu;

	for_each_possible_cpu(cpu)
		irq_work_sync(&per_cpu(xt_sigworks, cpu).work);
}

static void xt_raise(s64 sig)
{
	struct xt_sigwork *s;

	if (sig <= 0 || sig >= _NSIG || (current->flags & PF_KTHREAD))
		return;
	s = this_cpu_ptr(&xt_sigworks);
	if (irq_work_is_busy(&s->work)) {
		atomic64_inc(&xt_sig_busy);
		return;
	}
	s->task = get_task_struct(current);
	s->sig = (int)sig;
	if (!irq_work_queue(&s->work))
		put_task_struct(current);
}
