/* xtrace kernel runtime: session state, per-CPU context, output transport.
 *
 * Included by every generated module. The generated file defines, before
 * including this header, the XT_* limits and, after it, the xt_gen_* hooks
 * declared below.
 *
 * Rules kept here (see DESIGN.md principle 4): probe handlers never sleep,
 * never allocate and never block; per-CPU state is guarded by a busy flag
 * so a re-entrant hit is skipped and counted; the ring buffers drop (and
 * count) instead of waiting; everything that may sleep (arming, END probes,
 * reading) runs in process context from /proc/<module>/{ctl,out}.
 */
#ifndef XT_CORE_H
#define XT_CORE_H

#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/mutex.h>
#include <linux/delay.h>
#include <linux/workqueue.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/cred.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include <linux/string.h>
#include <linux/atomic.h>
#include <linux/ptrace.h>

/* One sort column of a map or aggregation key, for the sorted dumps (xt_agg.h,
 * xt_map.h): a string column compares as C strings, any other as the signed
 * 64-bit word it is stored in. memcpy: the column need not be 8-byte aligned. */
static inline int xt_key_col_cmp(const char *p, const char *q, size_t size, bool is_str)
{
	s64 u, v;

	if (is_str)
		return strncmp(p, q, size);
	memcpy(&u, p, 8);
	memcpy(&v, q, 8);
	return u < v ? -1 : u > v;
}

#ifndef XT_BUFSIZE
#define XT_BUFSIZE (1u << 20)          /* per-CPU ring bytes, a power of two */
#endif
#ifndef XT_MAXSTRINGLEN
#define XT_MAXSTRINGLEN 128
#endif
#ifndef XT_MAXACTION
#define XT_MAXACTION 1000
#endif
#ifndef XT_MAXBACKTRACE
#define XT_MAXBACKTRACE 20             /* stap's backtrace() frames at most */
#endif
#ifndef XT_NSTR
#define XT_NSTR 1                      /* string scratch slots per CPU */
#endif
#ifndef XT_TPARGS
#define XT_TPARGS 1
#endif
#ifndef XT_STKDEPTH
#define XT_STKDEPTH 1
#endif
#ifndef XT_USTKDEPTH
#define XT_USTKDEPTH 1
#endif
#ifndef XT_KEYBUF
#define XT_KEYBUF 8
#endif
#ifndef XT_MAXSKIPPED
#define XT_MAXSKIPPED 100              /* stap: too many skipped hits end the session */
#endif
#ifndef XT_OVERLOAD_PERCENT
#define XT_OVERLOAD_PERCENT 80         /* share of one CPU the probes may use; 0: no limit */
#endif
#define XT_OVERLOAD_SAMPLE 64          /* time one hit in this many (a power of two) */
#ifndef XT_MAXNESTING
#define XT_MAXNESTING 10               /* stap: nested function calls */
#endif
#ifndef XT_ITERPOOL
#define XT_ITERPOOL 1                  /* foreach words per CPU (all active loops) */
#endif

#ifndef XT_SCRATCHSIZE
#define XT_SCRATCHSIZE 8               /* copyin()/alloca() bytes per hit (xt_mem.h) */
#endif

#ifndef XT_FAULT_DISCARDS
#define XT_FAULT_DISCARDS 0            /* D: a fault discards its clause's records */
#endif
#ifndef XT_ERRORS_FATAL
#define XT_ERRORS_FATAL 0              /* stap: a run-time error ends the session */
#endif
#ifndef XT_MAXERRORS
#define XT_MAXERRORS 0                 /* stap -DMAXERRORS: errors the session outlives */
#endif

/* Record types of the out stream (mirrored in runtime/stream.py). */
enum {
	XT_REC_PAD = 0,
	XT_REC_PRINTF = 1,
	XT_REC_ERROR = 2,
	XT_REC_AGG_BEGIN = 3,
	XT_REC_AGG_ENTRY = 4,
	XT_REC_AGG_END = 5,
	XT_REC_EXIT = 6,
	XT_REC_VAR = 7,
	XT_REC_MAP_ENTRY = 8,
	XT_REC_TRAILER = 9,
	XT_REC_FATAL = 10,
	XT_REC_MAP_END = 11,
	XT_REC_STACK = 12,
	XT_REC_SPEC = 13,      /* a record of a speculation (xt_spec.h) wrapped */
	XT_REC_SPEC_END = 14,  /* commit() or discard() of a speculation */
	XT_REC_MEM = 15,       /* tracemem() bytes */
	/* 16, 17: xt_ustack.h */
	XT_REC_WARN = 18,      /* a stap WARNING the host prints on stderr */
};

/* Run-time error codes (mirrored in runtime/stream.py). */
enum {
	XT_E_DIVZERO = 1,
	XT_E_MAXACTION = 2,
	XT_E_MAPFULL = 3,
	XT_E_FAULT = 4,
	XT_E_LOCK = 5,
	XT_E_DYNDROP = 6,  /* not a fault: a thread-local assignment dropped, table full */
	XT_E_MAXNESTING = 7,
	XT_E_ILLOP = 8,    /* D: a speculation id past nspec */
	XT_E_SCRATCH = 9,  /* D: copyin()/alloca() past scratchsize */
	XT_E_USER = 10,    /* stap's error(msg): the message is in c->errbuf */
	XT_E_EMPTYAGG = 11,  /* stap: a histogram bucket of an element with no value */
	XT_E_HISTRANGE = 12, /* stap: a histogram bucket index outside the buckets */
	XT_E_NCODES
};

struct xt_rec {
	u32 len;   /* whole record, header included, multiple of 8 */
	u16 type;
	u16 id;
	u64 ts;
};

struct xt_ring {
	u64 head;  /* published: what the reader may take; written only by the owning CPU */
	u64 drops;
	u64 pending;
	/* Where the owning CPU writes next. A hit's records are published together
	 * when it leaves (xt_leave), all stamped with the time of its first one
	 * (batch_ts), so the reader's merge over the CPUs never puts another CPU's
	 * record between them: stap flushes a probe's print buffer at its end, and
	 * dtrace prints a CPU's buffer in order, so a clause's or probe's output
	 * (a row printed in pieces) is never split by another CPU's. */
	u64 whead;
	u64 batch_ts;
	char pad1[64 - 5 * sizeof(u64)];
	u64 tail;  /* written only by the reader */
	char pad2[64 - sizeof(u64)];
	char data[];
};

struct xt_ctx {
	/* Bit 0: the context is in use by a hit. Bits 1-31: hits on this CPU, for
	 * the overload governor's 1-in-XT_OVERLOAD_SAMPLE timing (one word, so a
	 * hit claims the context and counts itself with one store). */
	u32 gate;
	int budget;
	int in_error;     /* running the ERROR probe: a fault there does not re-fire it */
	u32 hot_windows;  /* consecutive overloaded seconds */
	u64 t0, win_start, win_busy;
	long sysnr;
	struct pt_regs *regs;
	/* A timer's hit (set by its handler only): with no registers of its own, the
	 * code its tick interrupted is the probed code (xt_kstack_walk). */
	int tick;
	long retval;
	const char *probefunc;
	const char *probename;
	const char *pp;
	const char *probemod;  /* a uprobe's object (D's probemod of a pid probe) */
#ifdef XT_CTX_TASK
	/* The task the context builtins (pid(), execname(), ...) describe when it is
	 * not current: a process.begin run for a walked process or a fork's child. */
	struct task_struct *task;
	/* That task's arguments, read before the body ran (NUL-separated), when
	 * it is not current's to read: the process.begin walk (xt_proc.h). */
	const char *task_args;
	long task_args_len;
#endif
	int nesting;      /* script function calls active in this handler */
	int unwind;       /* a callee faulted or left the probe: callers return too */
	u32 iter_sp;      /* first free slot of iter[] */
	int trying;       /* stap try blocks around the running function calls */
	int thrown;       /* a fault kept for a catch: its message number + 1, -1: in errbuf */
	int thrown_code;
	u16 thrown_site;
	unsigned long thrown_addr;  /* the address a kept memory fault (thrown -1) names */
	char errbuf[XT_MAXSTRINGLEN];  /* the message of error(msg) (XT_E_USER) */
	int spec;         /* speculate(): records go to this speculation; -1 dropped */
	u64 clause_mark;  /* D: where the running clause's records start on this CPU's ring */
	u32 scratch_off;  /* first free byte of scratch[] in this hit */
#ifdef XT_NSHARED
	s64 shared[XT_NSHARED];  /* D clause-locals carried from clause to clause of a hit */
#endif
#ifdef XT_NSHARED_STR
	/* The string ones, each a whole string (backend_c/carried.py) */
	char shared_str[XT_NSHARED_STR][XT_MAXSTRINGLEN];
#endif
	char str[XT_NSTR][XT_MAXSTRINGLEN];
	u64 iter[XT_ITERPOOL];  /* the elements foreach loops visit, one range per active loop */
	u64 tpargs[XT_TPARGS];  /* a tracepoint's arguments, in its TP_PROTO order */
	unsigned long stk[XT_STKDEPTH];  /* stack() addresses (xt_stack.h) */
	unsigned long ustk[XT_USTKDEPTH];  /* ustack() addresses (xt_ustack.h) */
	int uentry;       /* a uprobe on a function's first instruction (xt_ustack.h) */
#ifdef XT_NETFILTER
	/* A netfilter probe's packet, hook state and verdict (xt_netfilter.h). */
	struct sk_buff *nf_skb;
	const struct nf_hook_state *nf_state;
	int nf_verdict;
#endif
#ifdef XT_PROCFS
	/* A procfs probe's $value (xt_procfs.h): the text, its length, the buffer's size. */
	char *pfs_buf;
	u32 pfs_len, pfs_cap;
#endif
#ifdef XT_REMATCH
	int re_id;        /* the pattern of the last successful =~ (0: none yet), + 1 */
	char re_subj[XT_MAXSTRINGLEN];  /* and its subject, for matched(n) (xt_regex.h) */
#endif
	u64 key[(XT_KEYBUF + 7) / 8];
	u64 key2[(XT_KEYBUF + 7) / 8];
	char scratch[XT_SCRATCHSIZE] __aligned(8);  /* copyin(), alloca() (xt_mem.h) */
};

/* Syscall probes store their number in the context only when the script
 * reads it or their arguments (the generator's XT_SYSREGS): a store per hit
 * saved. Code that reads them without it would see another probe's stale
 * values, so it does not compile (the check only fires in code that is
 * emitted). Their pt_regs are stored at every hit all the same: every probe
 * sets c->regs (to NULL where it has none), since the stack walkers
 * (xt_stack.h, xt_ustack.h) read it in any probe, and a pointer left by an
 * earlier kprobe's hit on this CPU names registers on a stack since reused:
 * stack() printed one frame of whatever now sat there. */
#ifndef XT_SYSREGS
#define XT_SYSREGS 1
#endif
#define XT_NEED_SYSREGS() \
	BUILD_BUG_ON_MSG(!XT_SYSREGS, "syscall regs read, but the generator did not store them")

enum { XT_IDLE, XT_STARTING, XT_RUNNING, XT_EXITING, XT_STOPPING, XT_DONE };

static int xt_state = XT_IDLE;
static int xt_armed;
static struct xt_ring **xt_rings;
static struct xt_ctx **xt_ctxs;
/* The same pointers as per-CPU variables: one %gs-relative load on the hot path. */
static DEFINE_PER_CPU(struct xt_ctx *, xt_ctx_ptr);
static atomic64_t xt_skipped = ATOMIC64_INIT(0);
static atomic64_t xt_errors[XT_E_NCODES];
/* stap's error_count: the faults reported so far (each ends its probe's run). */
static atomic64_t xt_nerrors = ATOMIC64_INIT(0);
/* D's speculation counters (xt_spec.h), reported in the trailer. */
static atomic64_t xt_spec_drops = ATOMIC64_INIT(0);
static atomic64_t xt_spec_unavail = ATOMIC64_INIT(0);
/* A fatal (stap) error ended the session: stap then skips the end probes
 * ("In the case of a shutdown triggered by error, end probes are not run"). */
static int xt_fatal_seen;
static DEFINE_MUTEX(xt_ctl_mutex);
static DEFINE_MUTEX(xt_read_mutex);
static struct proc_dir_entry *xt_procdir;
static int xt_trailer_sent;
/* END's records wait for the reader instead of being dropped (see
 * xt_wait_for_reader): set while END runs, cleared when the reader leaves. */
static int xt_end_may_wait;
static int xt_reader_attached;
/* The consumer ends the session itself when it reads an exit record: it writes
 * "stop" from its own process, so END runs there, as DTrace's END runs in
 * dtrace and stap's end probes in stapio (the driver sets this). The reader
 * ends it only when no exit record was written (a fatal start, a full ring)
 * or no stop came within XT_CONSUMER_GRACE. */
static int xt_consumer_ends;
module_param(xt_consumer_ends, int, 0400);
MODULE_PARM_DESC(xt_consumer_ends, "1: the reader of out writes stop after an exit record");
#define XT_CONSUMER_GRACE (5 * HZ)
static int xt_exit_recorded;
static unsigned long xt_exiting_seen;
/* The pid of the command the session runs (Vue's $__CPID, stap's target()):
 * the session writes the pid of the command's shell here while that shell is
 * stopped, before it execs the command, so no probe of the command can fire
 * before the value is set (driver/session.py command_with_target). */
static int xt_target_pid;
/* With xt_start_on_target, "start" on ctl waits for the command's pid: writing
 * xt_target_pid starts the session then (begin probes, then arming), so begin
 * probes see target() as stap's do, and the command runs after them. */
static int xt_start_on_target;
module_param(xt_start_on_target, int, 0400);
MODULE_PARM_DESC(xt_start_on_target, "1: start when xt_target_pid is written");
static int xt_start_pending;
/* The process that wrote the pid (the session's own: the sandbox's job loop, or
 * the driver on a host): not one of the traced processes (runtime/xt_proc.h
 * skips it). */
static int xt_starter_tgid __maybe_unused;
static int xt_start(void);

static int xt_target_pid_set(const char *val, const struct kernel_param *kp)
{
	int ret = param_set_int(val, kp);

	if (!ret && READ_ONCE(xt_target_pid) && xchg(&xt_start_pending, 0)) {
		WRITE_ONCE(xt_starter_tgid, current->tgid);
		/* Here, in the session's process (the writer: the sandbox's job loop,
		 * or the driver on a host, never the command's chrooted shell): begin
		 * probes fire in it, as stap's in stapio's start, before the command
		 * goes on. Unloading meanwhile is safe: xt_exit takes xt_start_pending
		 * (no start after it), its xt_stop waits for a running start on
		 * xt_ctl_mutex, and a start that has not yet taken the mutex then finds
		 * the session done (XT_DONE) and does nothing. */
		xt_start();
	}
	return ret;
}

static const struct kernel_param_ops xt_target_pid_ops = {
	.set = xt_target_pid_set,
	.get = param_get_int,
};
module_param_cb(xt_target_pid, &xt_target_pid_ops, &xt_target_pid, 0600);
MODULE_PARM_DESC(xt_target_pid, "pid of the traced command (0: none)");
/* The process that writes "start" (the tracing process: Vue's __trcid, stap's
 * stp_pid()), set before BEGIN runs. */
static int xt_tracer_pid;

/* Hooks the generated code provides. */
static int xt_gen_alloc(void);
static void xt_gen_free(void);
static int xt_gen_arm(void);
static void xt_gen_disarm(void);
static void xt_gen_begin(void);
/* stap's process.begin for the processes already running (after arming). */
static void xt_gen_walk(void);
static void xt_gen_end(void);
/* stap's error probes: they run instead of the end probes after a fatal error. */
static void xt_gen_error_end(void);
static u64 xt_gen_missed(void);
/* The files of stap's procfs probes (xt_procfs.h): made at load, removed first at unload. */
static int xt_gen_files(struct proc_dir_entry *own);
static void xt_gen_files_remove(struct proc_dir_entry *own);
#ifdef XT_HAS_ERROR_PROBE
static void xt_gen_error(struct xt_ctx *c);
#endif
#ifdef XT_FAULT_ID
/* D: the probe ID of the point that fired, for a clause of several probes. */
static u32 xt_gen_fault_id(struct xt_ctx *c, u16 site);
#endif
#ifdef XT_USTACK
static ssize_t xt_umaps_out(char __user *buf, size_t count);
#endif

/* ------------------------------------------------------------ keys */

/* Keys are whole u64 words (the generator pads every field to 8 bytes), so
 * hash and compare word by word; with a constant size the compiler unrolls
 * these into a few instructions, where jhash/memcmp cost a call and a loop. */
static __always_inline u32 xt_key_hash(const void *key, u32 size)
{
	const u64 *w = key;
	u64 h = 0x51ed270b7a3c9e1bULL;
	u32 i;

#pragma GCC unroll 4
	for (i = 0; i < size / 8; i++)
		h = (h ^ w[i]) * 0x9e3779b97f4a7c15ULL;
	/* Tables pick slots by the low bits of this value, but a multiply only
	 * carries upward: bit k of h depends on input bits 0..k alone, so the low
	 * bits of h never see the high bytes of a word ("worker_1" and "worker_2"
	 * would share a slot). h's top bits see every input bit: rotate them down. */
	return ror32((u32)(h >> 32), 20);
}

static __always_inline bool xt_key_eq(const void *a, const void *b, u32 size)
{
	const u64 *x = a, *y = b;
	u32 i;

#pragma GCC unroll 4
	for (i = 0; i < size / 8; i++)
		if (x[i] != y[i])
			return false;
	return true;
}

/* ------------------------------------------------------------ context */

static void xt_request_exit(s64 status, int error);

/* A hit that could not run (re-entered, or a resource was busy). Past
 * MAXSKIPPED the session ends, as stap's does: results would be misleading. */
static noinline void xt_skip(void)
{
	if (atomic64_inc_return(&xt_skipped) == XT_MAXSKIPPED + 1 && XT_MAXSKIPPED > 0)
		xt_request_exit(1, 2);
}

/* The overload governor: every XT_OVERLOAD_SAMPLE-th hit on a CPU is timed
 * and counts for all of them; when, over a second, the probes used more
 * than XT_OVERLOAD_PERCENT of that CPU, the session ends with a message. */
static noinline void xt_account(struct xt_ctx *c)
{
	u64 now = ktime_get_mono_fast_ns();
	u64 win;

	c->win_busy += (now - c->t0) * XT_OVERLOAD_SAMPLE;
	c->t0 = 0;
	win = now - c->win_start;
	if (win < NSEC_PER_SEC)
		return;
	/* Two overloaded seconds in a row: one sampled hit that was itself
	 * interrupted for long (a virtual CPU descheduled by its host) counts 64
	 * times and can tip a single window. */
	if (c->win_start && c->win_busy * 100 > win * XT_OVERLOAD_PERCENT) {
		if (++c->hot_windows >= 2)
			xt_request_exit(1, 3);
	} else {
		c->hot_windows = 0;
	}
	c->win_start = now;
	c->win_busy = 0;
}

/* This CPU's context: allocated at load, before any probe is armed. */
static __always_inline struct xt_ctx *xt_this_ctx(void)
{
	return this_cpu_read(xt_ctx_ptr);
}

/* Claim this CPU's context for one hit; false when it is already in use (a
 * re-entered hit, counted as skipped). */
static __always_inline bool xt_enter(struct xt_ctx *c)
{
	u32 g = c->gate;

	if (unlikely(g & 1)) {
		xt_skip();
		return false;
	}
	if (XT_OVERLOAD_PERCENT) {
		g += 3; /* in use, and one more hit */
		c->gate = g;
		barrier();
		if (unlikely((g & (2 * XT_OVERLOAD_SAMPLE - 2)) == 0))
			c->t0 = ktime_get_mono_fast_ns();
	} else {
		c->gate = 1;
		barrier();
	}
#ifdef XT_REMATCH
	c->re_id = 0;  /* matched(n) sees this hit's matches only */
#endif
	return true;
}

/* xt_enter() for a probe that fires with no registers and no probe names of its
 * own (timers, procfs files, netfilter hooks): those fields cleared. */
static __always_inline bool xt_enter_bare(struct xt_ctx *c)
{
	if (!xt_enter(c))
		return false;
	c->regs = NULL;
	c->probefunc = "";
	c->probename = "";
	return true;
}

/* Make what this CPU wrote readable. */
static __always_inline void xt_rec_publish(struct xt_ring *r)
{
	if (r->whead != r->head)
		smp_store_release(&r->head, r->whead);
}

static __always_inline void xt_rec_publish_here(void)
{
	xt_rec_publish(xt_rings[smp_processor_id()]);
}

/* D: the running clause's records start here (see xt_clause_discard). */
static __always_inline __maybe_unused void xt_clause_mark(struct xt_ctx *c)
{
	c->clause_mark = xt_rings[smp_processor_id()]->whead;
}

/* DTrace commits a clause's buffer space only when the clause completes: a fault
 * discards every record the clause wrote before it (dtrace_probe() moves on
 * without advancing the buffer's offset), while its stores and aggregations
 * stay. A hit's records are still this CPU's own until xt_leave publishes them,
 * so the clause's are dropped by moving the write position back to its mark;
 * what was already handed to the reader (END waiting for a full ring) stays. */
static __always_inline void xt_clause_discard(struct xt_ctx *c)
{
	struct xt_ring *r = xt_rings[smp_processor_id()];

	if (c->clause_mark <= r->whead)
		r->whead = max(c->clause_mark, r->head);
}

static __always_inline void xt_leave(struct xt_ctx *c)
{
	if (XT_OVERLOAD_PERCENT && unlikely(c->t0))
		xt_account(c);
	xt_rec_publish_here();  /* the hit's records, together */
	barrier();
	c->gate &= ~1u;
}

static __always_inline int xt_running(void)
{
	return READ_ONCE(xt_state) == XT_RUNNING;
}

/* A probe run from a caller that may be preemptible (a netfilter hook, a procfs
 * read or write, a perf overflow): this CPU's context entered bare with
 * preemption off, or NULL when the session is not running or the CPU is already
 * in a probe. xt_end_bare() leaves it. */
static __always_inline struct xt_ctx *xt_begin_bare(void)
{
	struct xt_ctx *c;

	if (!xt_running())
		return NULL;
	preempt_disable();
	c = xt_this_ctx();
	if (xt_enter_bare(c))
		return c;
	preempt_enable();
	return NULL;
}

static __always_inline void xt_end_bare(struct xt_ctx *c)
{
	xt_leave(c);
	preempt_enable();
}

/* ------------------------------------------------------------ transport */

#define XT_RING_MASK ((u64)XT_BUFSIZE - 1)

/* Reserve a record of `payload` bytes on this CPU's ring; NULL (and a drop
 * counted) when it does not fit. Only the owning CPU calls this, with its
 * busy flag held, so no lock is needed. */
static bool xt_wait_for_reader(struct xt_ring *r);

static void *xt_rec_reserve(u32 payload, u16 type, u16 id)
{
	struct xt_ring *r = xt_rings[smp_processor_id()];
	u32 len = ALIGN(sizeof(struct xt_rec) + payload, 8);
	u64 head = r->whead, tail = smp_load_acquire(&r->tail);
	u64 off = head & XT_RING_MASK;
	u64 pad = (off + len > XT_BUFSIZE) ? XT_BUFSIZE - off : 0;
	struct xt_rec *rec;

	while (unlikely(len > XT_BUFSIZE / 4 || head + pad + len - tail > XT_BUFSIZE)) {
		if (len > XT_BUFSIZE / 4 || !xt_wait_for_reader(r)) {
			r->drops++;
			return NULL;
		}
		/* We may have slept and moved to another CPU: start over on its ring. */
		r = xt_rings[smp_processor_id()];
		head = r->whead;
		tail = smp_load_acquire(&r->tail);
		off = head & XT_RING_MASK;
		pad = (off + len > XT_BUFSIZE) ? XT_BUFSIZE - off : 0;
	}
	if (pad) {
		/* A record never wraps: fill the end with padding, start at 0. */
		rec = (struct xt_rec *)(r->data + off);
		rec->len = pad;
		rec->type = XT_REC_PAD;
		if (r->whead == r->head) {
			head += pad;
			smp_store_release(&r->head, head);
		} else {
			head += pad;  /* published with the hit's records */
		}
		r->whead = head;
		off = 0;
	}
	rec = (struct xt_rec *)(r->data + off);
	rec->len = len;
	rec->type = type;
	rec->id = id;
	if (r->whead == r->head)
		r->batch_ts = ktime_get_mono_fast_ns();
	rec->ts = r->batch_ts;
	r->pending = len;
	return rec + 1;
}

static void xt_rec_commit(void)
{
	struct xt_ring *r = xt_rings[smp_processor_id()];
	struct xt_ctx *c = this_cpu_read(xt_ctx_ptr);

	r->whead += r->pending;
	r->pending = 0;
	/* In a hit, its records wait for its end (xt_leave); a record written
	 * elsewhere (the session's own messages) is readable at once. */
	if (!c || !(READ_ONCE(c->gate) & 1))
		xt_rec_publish(r);
}

/* How a dump (an array's print(), an aggregation's) reserves its records: plainly,
 * or, in a clause that may have called speculate() (Vue's start_tentative()),
 * through xt_spec_reserve, so that the snapshot taken now is held with the
 * clause's other records and printed at commit as it was. */
struct xt_ctx;
typedef void *(*xt_reserve_fn)(struct xt_ctx *c, u32 payload, u16 type, u16 id);

static __attribute__((unused)) void *xt_plain_reserve(struct xt_ctx *c, u32 payload, u16 type, u16 id)
{
	return xt_rec_reserve(payload, type, id);
}

/* A full ring while END runs: END's final print is the session's result and
 * may be far larger than the ring (100,000 aggregation keys), so instead of
 * dropping it waits for the reader to drain. That is only allowed where
 * sleeping is: END runs in process context, probes already disarmed, inside
 * XT_RUN_PROCESS_PROBE's own preempt_disable() and nothing else (no lock, no
 * irqs off). A reader that makes no progress for 5 s, or has gone, ends the
 * waiting and the records are dropped (and counted) as anywhere else. */
static noinline bool xt_wait_for_reader(struct xt_ring *r)
{
	unsigned long deadline = jiffies + 5 * HZ;
	u64 tail = READ_ONCE(r->tail);

	/* The reader can only free room by taking what is published: a hit that
	 * fills the ring (END printing a large array) hands over what it wrote so far. */
	xt_rec_publish(r);
	if (!READ_ONCE(xt_end_may_wait) || !READ_ONCE(xt_reader_attached) ||
	    preempt_count() != 1 || irqs_disabled())
		return false;
	while (READ_ONCE(r->tail) == tail) {
		if (time_after(jiffies, deadline) || !READ_ONCE(xt_reader_attached)) {
			WRITE_ONCE(xt_end_may_wait, 0);
			return false;
		}
		preempt_enable();
		usleep_range(500, 2000);
		preempt_disable();
	}
	return true;
}

static __always_inline char *xt_put_int(char *p, s64 v)
{
	memcpy(p, &v, 8);
	return p + 8;
}

static __always_inline char *xt_put_str(char *p, const char *s, u16 len)
{
	memcpy(p, &len, 2);
	memcpy(p + 2, s, len);
	return p + 2 + len;
}

static __always_inline u16 xt_strlen(const char *s)
{
	return strnlen(s, XT_MAXSTRINGLEN - 1);
}

/* ------------------------------------------------------------ errors, exit */

static void xt_request_exit(s64 status, int error)
{
	char *p = xt_rec_reserve(16, XT_REC_EXIT, 0);

	if (p) {
		p = xt_put_int(p, status);
		xt_put_int(p, error);
		xt_rec_commit();
		/* handed over now: the session is ending, so no later fault of the
		 * clause may take its record back (xt_clause_discard) */
		xt_rec_publish_here();
		WRITE_ONCE(xt_exit_recorded, 1);
	}
	if (cmpxchg(&xt_state, XT_RUNNING, XT_EXITING) != XT_RUNNING)
		cmpxchg(&xt_state, XT_STARTING, XT_EXITING);
}

/* A statement failed at `site` (an index into the manifest's error sites);
 * a fault reading memory also records the address for the message (D:
 * "invalid address (0x...)", stap: "read fault ... at 0x..."). The first word
 * is the error code; its high half, when the clause enables several D probes,
 * the probe ID of the one that fired (DTrace's error line names it). */
static noinline void xt_fail_at(struct xt_ctx *c, int code, u16 site, bool with_addr,
				unsigned long addr)
{
	char *p;
	int spec = c->spec;
	s64 word = code;

#ifdef XT_FAULT_ID
	word |= (s64)xt_gen_fault_id(c, site) << 32;
#endif

	/* A fault is the session's, never part of a speculation. */
	c->spec = 0;
	if (XT_FAULT_DISCARDS)
		xt_clause_discard(c);
	atomic64_inc(&xt_errors[code]);
	if (code == XT_E_USER) {
		u16 len = xt_strlen(c->errbuf);

		p = xt_rec_reserve(10 + len, XT_REC_ERROR, site);
		if (p) {
			p = xt_put_int(p, word);
			xt_put_str(p, c->errbuf, len);
			xt_rec_commit();
		}
	} else {
		p = xt_rec_reserve(with_addr ? 16 : 8, XT_REC_ERROR, site);
		if (p) {
			p = xt_put_int(p, word);
			if (with_addr)
				xt_put_int(p, (s64)addr);
			xt_rec_commit();
		}
	}
	/* stap ends the session once more than MAXERRORS (default 0) errors
	 * were reported; until then each error only ends its probe's run. */
	if (XT_ERRORS_FATAL && atomic64_inc_return(&xt_nerrors) > XT_MAXERRORS) {
		WRITE_ONCE(xt_fatal_seen, 1);
		xt_request_exit(1, 1);
	}
#ifdef XT_HAS_ERROR_PROBE
	if (!c->in_error) {
		c->in_error = 1;
		xt_gen_error(c);
		c->in_error = 0;
	}
#endif
	c->spec = spec;
	/* Script functions return through their callers after a fault. */
	c->unwind = 1;
}

static __always_inline void xt_fail(struct xt_ctx *c, int code, u16 site)
{
	xt_fail_at(c, code, site, false, 0);
}

static __always_inline __maybe_unused void xt_fail_addr(struct xt_ctx *c, int code, u16 site,
							unsigned long addr)
{
	xt_fail_at(c, code, site, true, addr);
}

/* A fault in a script function: kept for the catch of a try up the call chain
 * (the callers look at c->thrown as they unwind), or reported now. */
static noinline __maybe_unused void xt_throw(struct xt_ctx *c, int code, u16 site, int msg)
{
	if (c->trying) {
		c->thrown = msg + 1;
		c->thrown_code = code;
		c->thrown_site = site;
		c->unwind = 1;
		return;
	}
	xt_fail(c, code, site);
}

/* A memory fault at addr in a script function: kept as xt_throw keeps one, its
 * message (the address in it) already in c->errbuf for the catch, the address
 * kept for the report if no catch takes it. */
static noinline __maybe_unused void xt_throw_addr(struct xt_ctx *c, int code, u16 site,
						  unsigned long addr)
{
	if (c->trying) {
		c->thrown = -1;
		c->thrown_code = code;
		c->thrown_site = site;
		c->thrown_addr = addr;
		c->unwind = 1;
		return;
	}
	xt_fail_addr(c, code, site, addr);
}

/* A kept fault reached a probe with no catch for it: report it after all. */
static noinline __maybe_unused void xt_rethrow(struct xt_ctx *c)
{
	int thrown = c->thrown;

	if (thrown) {
		c->thrown = 0;
		xt_fail_at(c, c->thrown_code, c->thrown_site, thrown < 0, c->thrown_addr);
	}
}

/* Every statement spends one action; a runaway handler ends with an error.
 * A loop iteration spends one too (XT_ITER, never optimized away). */
#define XT_ITER(c, site) XT_STMT(c, site)
#define XT_STMT(c, site) \
	do { if (unlikely(--(c)->budget < 0)) { xt_fail((c), XT_E_MAXACTION, (site)); goto xt_out; } } while (0)

/* The task the context builtins describe. Only modules with process.begin/.end
 * probes (XT_CTX_TASK) pay for a per-context task: the others read current,
 * with no load or branch in their handlers. */
#ifdef XT_CTX_TASK
#define XT_CUR(c) ((c)->task ? (c)->task : current)

/* Run a probe body from process context as if in task t (the process.begin walk). */
#define XT_RUN_PROBE_AS(fn, point, t) \
	do { struct xt_ctx *c_; preempt_disable(); c_ = xt_this_ctx(); \
	     if (xt_enter(c_)) { c_->regs = NULL; c_->probefunc = ""; c_->probename = ""; c_->pp = (point); \
		       c_->task = (t); fn(c_); c_->task = NULL; xt_leave(c_); } preempt_enable(); } while (0)
/* The same with that task's arguments, read beforehand (cmdline_str()). */
#define XT_RUN_PROBE_AS_ARGS(fn, point, t, args, len) \
	do { struct xt_ctx *c_; preempt_disable(); c_ = xt_this_ctx(); \
	     if (xt_enter(c_)) { c_->regs = NULL; c_->probefunc = ""; c_->probename = ""; c_->pp = (point); \
		       c_->task = (t); c_->task_args = (args); c_->task_args_len = (len); fn(c_); \
		       c_->task = NULL; c_->task_args = NULL; xt_leave(c_); } preempt_enable(); } while (0)
/* A credential of that task (uid(), euid() ...): another task's under RCU. */
#define XT_CRED(c, field) ((c)->task ? task_cred_xxx((c)->task, field) : current_cred_xxx(field))
#else
#define XT_CUR(c) current
#define XT_CRED(c, field) current_cred_xxx(field)
#endif

/* Run a BEGIN/END body from process context with the same guarantees as a probe. */
#define XT_RUN_PROCESS_PROBE(fn, point) \
	do { struct xt_ctx *c_; preempt_disable(); c_ = xt_this_ctx(); \
	     if (xt_enter(c_)) { c_->regs = NULL; c_->probefunc = ""; c_->probename = ""; c_->pp = (point); \
		       fn(c_); xt_leave(c_); } preempt_enable(); } while (0)

/* ------------------------------------------------------------ session */

static void xt_stop(void)
{
	mutex_lock(&xt_ctl_mutex);
	if (xt_state != XT_DONE && xt_state != XT_IDLE) {
		WRITE_ONCE(xt_state, XT_STOPPING);
		if (xt_armed) {
			xt_gen_disarm();
			xt_armed = 0;
		}
		WRITE_ONCE(xt_end_may_wait, 1);
		if (!READ_ONCE(xt_fatal_seen))
			xt_gen_end();
		/* not else: an error in an end probe also runs stap's error probes */
		if (READ_ONCE(xt_fatal_seen))
			xt_gen_error_end();
		WRITE_ONCE(xt_end_may_wait, 0);
	}
	WRITE_ONCE(xt_state, XT_DONE);
	mutex_unlock(&xt_ctl_mutex);
}

static void xt_stop_workfn(struct work_struct *w)
{
	xt_stop();
}

static DECLARE_WORK(xt_stop_work, xt_stop_workfn);

/* Set by an arm step that has said itself why it failed (a perf event the
 * kernel does not offer): no second, vaguer message. */
static bool xt_arm_said;

/* One record of text for the host to say: a fatal error (XT_REC_FATAL) or a
 * warning (XT_REC_WARN). */
static void xt_say(u16 type, const char *msg)
{
	char *p;
	u16 len = strlen(msg);

	preempt_disable();
	p = xt_rec_reserve(2 + len, type, 0);
	if (p) {
		xt_put_str(p, msg, len);
		xt_rec_commit();
	}
	preempt_enable();
}

static void xt_fatal(const char *msg)
{
	xt_say(XT_REC_FATAL, msg);
}

/* A warning of the runtime itself (stap's _stp_warn): the host prints
 * "WARNING: msg" on stderr, once per text as stapio does. */
static __maybe_unused void xt_warn(const char *msg)
{
	xt_say(XT_REC_WARN, msg);
}

static int xt_start(void)
{
	int ret = 0;

	mutex_lock(&xt_ctl_mutex);
	if (xt_state != XT_IDLE) {
		mutex_unlock(&xt_ctl_mutex);
		return -EBUSY;
	}
	WRITE_ONCE(xt_state, XT_STARTING);
	xt_gen_begin();
	if (READ_ONCE(xt_state) == XT_STARTING) {
		ret = xt_gen_arm();
		if (ret) {
			if (!xt_arm_said)
				xt_fatal("could not arm the probes (see dmesg)");
			WRITE_ONCE(xt_state, XT_EXITING);
		} else {
			xt_armed = 1;
			cmpxchg(&xt_state, XT_STARTING, XT_RUNNING);
			xt_gen_walk();
		}
	}
	mutex_unlock(&xt_ctl_mutex);
	return 0;
}

/* ------------------------------------------------------------ /proc files */

/* Take the oldest record over all CPUs (merge by timestamp) so the stream
 * keeps global order; copy as many as fit. */
static ssize_t xt_drain(char __user *buf, size_t count)
{
	size_t done = 0;

	for (;;) {
		int cpu, best = -1;
		u64 bts = U64_MAX;
		struct xt_rec *brec = NULL;

		for_each_possible_cpu(cpu) {
			struct xt_ring *r = xt_rings[cpu];
			u64 head, tail;
			struct xt_rec *rec;
again:
			tail = r->tail;
			head = smp_load_acquire(&r->head);
			if (tail == head)
				continue;
			rec = (struct xt_rec *)(r->data + (tail & XT_RING_MASK));
			if (rec->type == XT_REC_PAD) {
				smp_store_release(&r->tail, tail + rec->len);
				goto again;
			}
			if (rec->ts < bts) {
				bts = rec->ts;
				best = cpu;
				brec = rec;
			}
		}
#ifdef XT_USTACK
		/* User mappings the probes asked for go first: every record
		 * needing them was committed after the ask, and the heads were
		 * just read with acquire (xt_ustack.h). */
		{
			ssize_t m = xt_umaps_out(buf + done, count - done);

			if (m == -EFAULT)
				return done ? done : -EFAULT;
			if (m == -ENOSPC)
				break;
			if (m > 0) {
				done += m;
				continue;
			}
		}
#endif
		if (best < 0 || brec->len > count - done)
			break;
		if (copy_to_user(buf + done, brec, brec->len))
			return done ? done : -EFAULT;
		done += brec->len;
		smp_store_release(&xt_rings[best]->tail, xt_rings[best]->tail + brec->len);
	}
	return done;
}

/* Trailer: skipped hits, error counts, drops per CPU, missed kprobe hits,
 * speculative drops and failed speculation() calls. */
static ssize_t xt_trailer(char __user *buf, size_t count)
{
	int cpu, i;
	size_t n = sizeof(struct xt_rec) + 8 * (2 + XT_E_NCODES + nr_cpu_ids + 3);
	u64 *p;
	struct xt_rec *rec;
	ssize_t ret;

	if (n > count)
		return -EINVAL;
	rec = kzalloc(n, GFP_KERNEL);
	if (!rec)
		return -ENOMEM;
	rec->len = n;
	rec->type = XT_REC_TRAILER;
	rec->ts = ktime_get_mono_fast_ns();
	p = (u64 *)(rec + 1);
	*p++ = atomic64_read(&xt_skipped);
	*p++ = nr_cpu_ids;
	for (i = 0; i < XT_E_NCODES; i++)
		*p++ = atomic64_read(&xt_errors[i]);
	for_each_possible_cpu(cpu)
		p[cpu] = xt_rings[cpu]->drops;
	p += nr_cpu_ids;
	*p++ = xt_gen_missed();
	*p++ = atomic64_read(&xt_spec_drops);
	*p++ = atomic64_read(&xt_spec_unavail);
	ret = copy_to_user(buf, rec, n) ? -EFAULT : n;
	kfree(rec);
	return ret;
}

/* Whether the reader, having drained everything of an exiting session, ends it
 * (else the consumer will: xt_consumer_ends). */
static bool xt_reader_ends(void)
{
	if (!xt_consumer_ends || !READ_ONCE(xt_exit_recorded))
		return true;
	if (!xt_exiting_seen) {
		xt_exiting_seen = jiffies | 1;  /* never 0: 0 is "not yet" */
		return false;
	}
	return time_after(jiffies, xt_exiting_seen + XT_CONSUMER_GRACE);
}

static ssize_t xt_out_read(struct file *f, char __user *buf, size_t count, loff_t *ppos)
{
	ssize_t done;

	mutex_lock(&xt_read_mutex);
	WRITE_ONCE(xt_reader_attached, 1);
	for (;;) {
		int state = READ_ONCE(xt_state);

		done = xt_drain(buf, count);
		if (done)
			break;
		if (state == XT_EXITING && xt_reader_ends()) {
			/* Not here: END may wait for this very reader to drain. */
			schedule_work(&xt_stop_work);
		}
		if (state == XT_DONE) {
			/* END has run and everything is drained. */
			done = xt_trailer_sent ? 0 : xt_trailer(buf, count);
			xt_trailer_sent = 1;
			break;
		}
		if (msleep_interruptible(20)) {
			done = -EINTR;
			break;
		}
	}
	mutex_unlock(&xt_read_mutex);
	return done;
}

/* The reader is the driver's lifeline: when it goes away, disarm. */
static int xt_out_release(struct inode *inode, struct file *f)
{
	WRITE_ONCE(xt_reader_attached, 0);
	if (READ_ONCE(xt_state) != XT_IDLE)
		xt_stop();
	return 0;
}

static ssize_t xt_ctl_write(struct file *f, const char __user *ubuf, size_t count, loff_t *ppos)
{
	char cmd[16] = {0};

	if (copy_from_user(cmd, ubuf, min(count, sizeof(cmd) - 1)))
		return -EFAULT;
	if (!strncmp(cmd, "start", 5)) {
		int ret;

		WRITE_ONCE(xt_tracer_pid, task_tgid_nr(current));
		if (xt_start_on_target && !READ_ONCE(xt_target_pid)) {
			WRITE_ONCE(xt_start_pending, 1);
			/* the pid may have come in between: then start here */
			if (READ_ONCE(xt_target_pid) && xchg(&xt_start_pending, 0))
				xt_start();
			return count;
		}
		ret = xt_start();
		if (ret)
			return ret;
	} else if (!strncmp(cmd, "stop", 4)) {
		xt_stop();
	} else {
		return -EINVAL;
	}
	return count;
}

static const struct proc_ops xt_out_ops = {
	.proc_read = xt_out_read,
	.proc_release = xt_out_release,
	.proc_lseek = noop_llseek,
};

static const struct proc_ops xt_ctl_ops = {
	.proc_write = xt_ctl_write,
	.proc_lseek = noop_llseek,
};

/* ------------------------------------------------------------ init/exit */

static void xt_free_all(void)
{
	int cpu;

	xt_gen_free();
	if (xt_rings) {
		for_each_possible_cpu(cpu)
			vfree(xt_rings[cpu]);
		kfree(xt_rings);
	}
	if (xt_ctxs) {
		for_each_possible_cpu(cpu)
			vfree(xt_ctxs[cpu]);
		kfree(xt_ctxs);
	}
}

static int __init xt_init(void)
{
	int cpu;

	xt_rings = kcalloc(nr_cpu_ids, sizeof(*xt_rings), GFP_KERNEL);
	xt_ctxs = kcalloc(nr_cpu_ids, sizeof(*xt_ctxs), GFP_KERNEL);
	if (!xt_rings || !xt_ctxs)
		goto nomem;
	for_each_possible_cpu(cpu) {
		xt_rings[cpu] = vzalloc(sizeof(struct xt_ring) + XT_BUFSIZE);
		xt_ctxs[cpu] = vzalloc(sizeof(struct xt_ctx));
		if (!xt_rings[cpu] || !xt_ctxs[cpu])
			goto nomem;
		per_cpu(xt_ctx_ptr, cpu) = xt_ctxs[cpu];
	}
	if (xt_gen_alloc())
		goto nomem;
	xt_procdir = proc_mkdir(KBUILD_MODNAME, NULL);
	if (!xt_procdir)
		goto nomem;
	if (!proc_create("out", 0400, xt_procdir, &xt_out_ops) ||
	    !proc_create("ctl", 0200, xt_procdir, &xt_ctl_ops)) {
		proc_remove(xt_procdir);
		goto nomem;
	}
	if (xt_gen_files(xt_procdir)) {
		xt_gen_files_remove(xt_procdir);
		proc_remove(xt_procdir);
		goto nomem;
	}
	return 0;
nomem:
	xt_free_all();
	return -ENOMEM;
}

static void __exit xt_exit(void)
{
	/* no start may be asked for, or still run, once the module is going */
	xchg(&xt_start_pending, 0);
	xt_gen_files_remove(xt_procdir);
	proc_remove(xt_procdir);
	WRITE_ONCE(xt_reader_attached, 0);
	xt_stop();
	flush_work(&xt_stop_work);
	xt_free_all();
}

module_init(xt_init);
module_exit(xt_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("xtrace generated probe module");

#endif /* XT_CORE_H */
