/* xtrace kernel runtime: syscall probes (raw_syscalls tracepoints).
 *
 * All syscall probes of a script share one sys_enter and one sys_exit
 * tracepoint probe; which script probes run is decided by a bitmap of
 * syscall numbers, so tracing every syscall costs one attach, not hundreds.
 */
#ifndef XT_SYSCALL_H
#define XT_SYSCALL_H

#include <linux/fcntl.h>
#include <linux/signal.h>
#include <linux/sysinfo.h>
#include <linux/compat.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/un.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

/* The syscall number of the hit (only syscall probes have one). */
static __always_inline long xt_sysnr(struct xt_ctx *c)
{
	XT_NEED_SYSREGS();
	return c->sysnr;
}

static __always_inline long xt_sys_arg(struct xt_ctx *c, int i)
{
	unsigned long args[6];

	XT_NEED_SYSREGS();
	if (!c->regs)
		return 0;
	syscall_get_arguments(current, c->regs, args);
	return args[i];
}

/* ---- user strings at syscall entry ----------------------------------
 *
 * At sys_enter a path the program has not touched yet (say, in a page of
 * .rodata never read) is not in memory, and a probe cannot fault it in. The
 * syscall itself faults it in, so an entry probe whose argstr needs such a
 * string is deferred to sys_exit of the same syscall, where the arguments are
 * still in the saved registers. Syscalls that never return or that replace
 * the address space (exit, execve) are never deferred.
 */

/* Bit i set: argument i of this syscall is a user string the probe reads
 * (generated for the syscalls the script probes, see backend_c/sysc.py). */
static u32 xt_sc_strargs(long nr);

static bool xt_sc_defer_ok(long nr)
{
	return nr != __NR_exit && nr != __NR_exit_group && nr != __NR_execve && nr != __NR_execveat;
}

static bool xt_sc_user_ready(struct xt_ctx *c)
{
	u32 mask = xt_sc_strargs(xt_sysnr(c));
	int i;

	for (i = 0; mask; i++, mask >>= 1) {
		unsigned long a = xt_sys_arg(c, i);

		if ((mask & 1) && a && xt_user_string(c->str[0], a, XT_MAXSTRINGLEN) < 0)
			return false;
	}
	return true;
}

/* Deferred entry probes, per thread: a small open-addressing table keyed by
 * tid, claimed with cmpxchg so CPUs never wait on each other. */
#define XT_DEFER_SLOTS 4096
#define XT_DEFER_DEAD (-1)
struct xt_defer { int tid; u32 probes; long nr; };
static struct xt_defer *xt_defer_tab;

static bool xt_defer_push(u32 probes, long nr)
{
	int tid = current->pid, i;

	for (i = 0; i < XT_DEFER_SLOTS; i++) {
		struct xt_defer *d = &xt_defer_tab[(tid + i) & (XT_DEFER_SLOTS - 1)];
		int old = READ_ONCE(d->tid);

		if (old == tid) {
			WRITE_ONCE(d->probes, d->nr == nr ? d->probes | probes : probes);
			WRITE_ONCE(d->nr, nr);
			return true;
		}
		if ((old == 0 || old == XT_DEFER_DEAD) && cmpxchg(&d->tid, old, tid) == old) {
			WRITE_ONCE(d->probes, probes);
			WRITE_ONCE(d->nr, nr);
			return true;
		}
	}
	return false;
}

/* The entry probes deferred for this thread's syscall `nr` (a thread killed
 * inside a syscall leaves a stale slot: the nr check ignores it). */
static u32 xt_defer_pop(long nr)
{
	int tid = current->pid, i;

	for (i = 0; i < XT_DEFER_SLOTS; i++) {
		struct xt_defer *d = &xt_defer_tab[(tid + i) & (XT_DEFER_SLOTS - 1)];
		int t = READ_ONCE(d->tid);

		if (t == 0)
			return 0;
		if (t == tid) {
			u32 probes = READ_ONCE(d->probes);
			bool same = READ_ONCE(d->nr) == nr;

			WRITE_ONCE(d->tid, XT_DEFER_DEAD);
			return same ? probes : 0;
		}
	}
	return 0;
}

/* ---- argstr / retstr: values formatted as stap's syscall tapset does ----
 *
 * Each helper appends to p (room n) and returns the length it wrote. The
 * symbol tables and the per-syscall code are generated for the syscalls the
 * script probes (backend_c/sysc.py); these helpers are the shared pieces.
 */

struct xt_sym { unsigned long val; const char *name; };

#define XT_AP(...) (len += scnprintf(p + len, n - len, __VA_ARGS__))

/* A number the tables do not name: stap's _stp_lookup_str2 bases. */
static __maybe_unused int xt_fmt_num(char *p, size_t n, long v, int base)
{
	if (base == 10)
		return scnprintf(p, n, "%ld", v);
	if (base == 8)
		return scnprintf(p, n, "%#lo", v);
	return scnprintf(p, n, "0x%lx", v);
}

/* One value's name (_stp_lookup_str2). */
static __maybe_unused int xt_fmt_eq(char *p, size_t n, const struct xt_sym *t, long v, int base)
{
	for (; t->name; t++)
		if (t->val == (unsigned long)v)
			return scnprintf(p, n, "%s", t->name);
	return xt_fmt_num(p, n, v, base);
}

/* Flags joined with '|', leftover bits in hex (_stp_lookup_or_str2); 0 is
 * looked up as a value. */
static __maybe_unused int xt_fmt_or(char *p, size_t n, const struct xt_sym *t, unsigned long v, int base)
{
	int len = 0;

	if (v == 0)
		return xt_fmt_eq(p, n, t, 0, base);
	for (; t->name; t++) {
		if (t->val && (t->val & v)) {
			XT_AP("%s%s", len ? "|" : "", t->name);
			v &= ~t->val;
		}
	}
	if (v) {
		if (len)
			XT_AP("|");
		len += xt_fmt_num(p + len, n - len, v, base);
	}
	return len;
}

/* open(2) flags: the access mode first, then the other flags (stap's
 * _sys_open_flag_str). */
static const struct xt_sym xt_oflags[] __maybe_unused = {
	{ O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" }, { O_NOCTTY, "O_NOCTTY" },
	{ O_TRUNC, "O_TRUNC" }, { O_APPEND, "O_APPEND" }, { O_NONBLOCK, "O_NONBLOCK" },
	{ __O_SYNC, "O_SYNC" }, { O_DSYNC, "O_DSYNC" }, { FASYNC, "O_ASYNC" },
	{ O_DIRECT, "O_DIRECT" }, { O_LARGEFILE, "O_LARGEFILE" }, { O_DIRECTORY, "O_DIRECTORY" },
	{ O_NOFOLLOW, "O_NOFOLLOW" }, { O_NOATIME, "O_NOATIME" }, { O_CLOEXEC, "O_CLOEXEC" },
	{ O_PATH, "O_PATH" }, { __O_TMPFILE, "__O_TMPFILE" }, { 0, NULL },
};

static __maybe_unused int xt_fmt_oflags(char *p, size_t n, unsigned long flags)
{
	int len = 0;
	unsigned int acc = flags & O_ACCMODE;

	XT_AP("%s", acc == O_WRONLY ? "O_WRONLY" : acc == O_RDWR ? "O_RDWR" :
	      acc == O_RDONLY ? "O_RDONLY" : "O_ACCMODE");
	flags &= ~(unsigned long)O_ACCMODE;
	if (flags & __O_SYNC)
		flags &= ~(unsigned long)O_DSYNC;  /* O_SYNC includes O_DSYNC's bit */
	if (flags) {
		XT_AP("|");
		len += xt_fmt_or(p + len, n - len, xt_oflags, flags, 16);
	}
	return len;
}

/* A user string, quoted and escaped as stap's user_string_quoted: NULL for
 * 0, the address when it cannot be read. raw and q are scratch strings. */
static __maybe_unused int xt_fmt_ustr(char *p, size_t n, unsigned long uaddr, char *raw, char *q)
{
	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (xt_user_string(raw, uaddr, XT_MAXSTRINGLEN) < 0)
		return scnprintf(p, n, "0x%lx", uaddr);
	xt_text_str(q, raw, true);
	return scnprintf(p, n, "%s", q);
}

/* stap's user_buffer_quoted(addr, count, syscall_string_trunc): the first
 * bytes of a buffer, NULs included, "..." after the quote when cut. */
#define XT_SYSC_STRTRUNC 12
static __maybe_unused int xt_fmt_ubuf(char *p, size_t n, unsigned long uaddr, unsigned long count)
{
	unsigned char buf[XT_SYSC_STRTRUNC];
	size_t take = min_t(unsigned long, count, sizeof(buf)), i;
	int len = 0;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(buf, (const void __user *)uaddr, take))
		return scnprintf(p, n, "0x%lx", uaddr);
	XT_AP("\"");
	for (i = 0; i < take; i++) {
		static const char from[] = "\a\b\f\n\r\t\v\"\\", to[] = "abfnrtv\"\\";
		unsigned char ch = buf[i];
		const char *e = ch ? strchr(from, ch) : NULL;

		if (e)
			XT_AP("\\%c", to[e - from]);
		else if (ch >= 0x20 && ch < 0x7f)
			XT_AP("%c", ch);
		else
			XT_AP("\\%03o", ch);
	}
	XT_AP("\"%s", count > take ? "..." : "");
	return len;
}

/* An argv/envp array as stap's __get_argv: ["a", "b"]. */
static __maybe_unused int xt_fmt_argv(char *p, size_t n, unsigned long uaddr, char *raw, char *q)
{
	int len = 0, i;

	if (!uaddr)
		return scnprintf(p, n, "[]");
	XT_AP("[");
	for (i = 0; i < 64 && len < n - 1; i++) {
		unsigned long s;

		if (copy_from_user_nofault(&s, (const void __user *)(uaddr + i * sizeof(long)), sizeof(s)) || !s)
			break;
		if (i)
			XT_AP(", ");
		len += xt_fmt_ustr(p + len, n - len, s, raw, q);
	}
	XT_AP("]");
	return len;
}

static __maybe_unused int xt_fmt_dfd(char *p, size_t n, long dfd)
{
	if ((int)dfd == AT_FDCWD)
		return scnprintf(p, n, "AT_FDCWD");
	return scnprintf(p, n, "%d", (int)dfd);
}

/* A struct sockaddr as stap's _struct_sockaddr_u prints it: {AF_INET,
 * 127.0.0.1, 80}, {AF_UNIX, "/path"}, ... */
static __maybe_unused int xt_fmt_sockaddr(char *p, size_t n, unsigned long uaddr, unsigned long len,
					   char *q)
{
	union {
		struct sockaddr sa;
		struct sockaddr_in in;
		struct sockaddr_in6 in6;
		struct sockaddr_un un;
		struct sockaddr_nl nl;
		struct sockaddr_ll ll;
		char raw[128];
	} u;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	memset(&u, 0, sizeof(u));
	if (copy_from_user_nofault(&u, (const void __user *)uaddr, min_t(unsigned long, len, sizeof(u))))
		return scnprintf(p, n, "{...}");
	if (u.sa.sa_family == AF_INET && len == sizeof(struct sockaddr_in))
		return scnprintf(p, n, "{AF_INET, %pI4, %d}", &u.in.sin_addr, be16_to_cpu(u.in.sin_port));
	if (u.sa.sa_family == AF_UNIX && (len == sizeof(struct sockaddr_un) ||
					  len >= sizeof(sa_family_t) + 2)) {
		u.raw[sizeof(u.raw) - 1] = '\0';
		if (u.un.sun_path[0] == '\0') {  /* abstract: not a C string */
			char *t = q;

			xt_text_str(t, &u.un.sun_path[1], false);
			return scnprintf(p, n, "{AF_UNIX, \"\\000%s\"}", t);
		}
		return scnprintf(p, n, "{AF_UNIX, \"%s\"}", u.un.sun_path);
	}
	if (u.sa.sa_family == AF_NETLINK && len == sizeof(struct sockaddr_nl))
		return scnprintf(p, n, "{AF_NETLINK, pid=%d, groups=%08x}", u.nl.nl_pid, u.nl.nl_groups);
	if (u.sa.sa_family == AF_INET6 && len == sizeof(struct sockaddr_in6))
		return scnprintf(p, n, "{AF_INET6, %pI6, %d}", &u.in6.sin6_addr,
				 be16_to_cpu(u.in6.sin6_port));
	if (u.sa.sa_family == AF_PACKET && len == sizeof(struct sockaddr_ll)) {
		u64 hw;

		memcpy(&hw, u.ll.sll_addr, sizeof(hw));
		return scnprintf(p, n, "{AF_PACKET, proto=%d, ind=%d, hatype=%d, pkttype=%d, halen=%d, addr=0x%llx}",
				 (int)u.ll.sll_protocol, u.ll.sll_ifindex, (int)u.ll.sll_hatype,
				 (int)u.ll.sll_pkttype, (int)u.ll.sll_halen,
				 (long long)hw);
	}
	if (len >= sizeof(sa_family_t))
		return scnprintf(p, n, "{unknown sockaddr with sa=%d, salen=%d}", u.sa.sa_family, (int)len);
	return scnprintf(p, n, "{unknown sockaddr with salen=%d}", (int)len);
}

/* count struct timespec / timeval in user memory as stap's _struct_timespec_u
 * and _struct_timeval_u print them: [1.000000500], NULL, or the address. */
static __maybe_unused int xt_fmt_times(char *p, size_t n, unsigned long uaddr, int count, bool usec)
{
	long t[4];
	int len = 0, i;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(t, (const void __user *)uaddr, count * 2 * sizeof(long)))
		return scnprintf(p, n, "0x%lx", uaddr);
	for (i = 0; i < count; i++) {
		long sec = t[2 * i], frac = t[2 * i + 1];

		if (!usec && frac == (1L << 30) - 1)
			XT_AP("[UTIME_NOW]");
		else if (!usec && frac == (1L << 30) - 2)
			XT_AP("[UTIME_OMIT]");
		else if (usec)
			XT_AP("[%ld.%06ld]", sec, frac);
		else
			XT_AP("[%ld.%09ld]", sec, frac);
	}
	return len;
}

/* Element i (0 or 1) of the int pair at uaddr (pipe's fd array), 0 when
 * there is none or it cannot be read (stap's _fildes_index_u). */
static __maybe_unused int xt_sc_fildes(unsigned long uaddr, int i)
{
	int fd[2];

	if (!uaddr || copy_from_user_nofault(fd, (const void __user *)uaddr, sizeof(fd)))
		return 0;
	return fd[i & 1];
}

/* A signal set: the named signals in the table's order, [SIGINT|SIGTERM], or
 * [EMPTY] (stap's _stp_sigset_str). */
static __maybe_unused int xt_fmt_sigset_of(char *p, size_t n, sigset_t *set, const struct xt_sym *sig)
{
	int len = 0;

	for (; sig->name; sig++)
		if (sig->val > 0 && sig->val <= _NSIG && sigismember(set, sig->val))
			XT_AP("%s%s", len ? "|" : "[", sig->name);
	XT_AP("%s", len ? "]" : "[EMPTY]");
	return len;
}

/* The sigset_t at uaddr, NULL, or the address when unreadable (_stp_sigset_u). */
static __maybe_unused int xt_fmt_sigset(char *p, size_t n, unsigned long uaddr, const struct xt_sym *sig)
{
	sigset_t set;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(&set, (const void __user *)uaddr, sizeof(set)))
		return scnprintf(p, n, "0x%lx", uaddr);
	return xt_fmt_sigset_of(p, n, &set, sig);
}

/* The struct sigaction at uaddr: SIG_DFL / SIG_IGN, or the handler, its SA_
 * flags, restorer and mask (stap's _struct_sigaction_u; argstr adds braces). */
static __maybe_unused int xt_fmt_sigaction(char *p, size_t n, unsigned long uaddr,
					   const struct xt_sym *sig, const struct xt_sym *saflags)
{
	struct sigaction act;
	unsigned long h;
	int len = 0;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(&act, (const void __user *)uaddr, sizeof(act)))
		return scnprintf(p, n, "0x%lx", uaddr);
	h = (unsigned long)act.sa_handler;
	if (h == 0 || h == 1)
		return scnprintf(p, n, "%s", h ? "SIG_IGN" : "SIG_DFL");
	XT_AP("0x%lx, ", h);
	len += xt_fmt_or(p + len, n - len, saflags, act.sa_flags, 16);
	XT_AP(", 0x%lx, ", (unsigned long)act.sa_restorer);
	len += xt_fmt_sigset_of(p + len, n - len, &act.sa_mask, sig);
	return len;
}

/* The struct sysinfo at uaddr as it is (stap's _struct_sysinfo_u). */
static __maybe_unused int xt_fmt_sysinfo(char *p, size_t n, unsigned long uaddr)
{
	struct sysinfo si;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(&si, (const void __user *)uaddr, sizeof(si)))
		return scnprintf(p, n, "0x%lx", uaddr);
	return scnprintf(p, n, "{uptime=%ld, loads=[%lu, %lu, %lu], totalram=%lu, freeram=%lu, "
			 "sharedram=%lu, bufferram=%lu, totalswap=%lu, freeswap=%lu, procs=%u}",
			 (long)si.uptime, si.loads[0], si.loads[1], si.loads[2], si.totalram, si.freeram,
			 si.sharedram, si.bufferram, si.totalswap, si.freeswap, (unsigned int)si.procs);
}

/* The struct rlimit at uaddr, [cur,max] signed (stap's _struct_rlimit_u). */
static __maybe_unused int xt_fmt_rlimit(char *p, size_t n, unsigned long uaddr)
{
	long rl[2];

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(rl, (const void __user *)uaddr, sizeof(rl)))
		return scnprintf(p, n, "0x%lx", uaddr);
	return scnprintf(p, n, "[%ld,%ld]", rl[0], rl[1]);
}

/* What wait4 stored in *status, at its return: N/A when it reaped nothing,
 * NULL, or WEXITSTATUS=3 / WTERMSIG=SIGKILL / WCOREDUMP / WSTOPSIG=SIGSTOP /
 * WIFCONTINUED with any higher bits after " | " (stap's _wait_status_str). */
static __maybe_unused int xt_fmt_waitstatus(char *p, size_t n, long ret, unsigned long uaddr,
					    const struct xt_sym *sig)
{
	static const char *const events[] = { NULL, "PTRACE_EVENT_FORK", "PTRACE_EVENT_VFORK",
		"PTRACE_EVENT_CLONE", "PTRACE_EVENT_EXEC", "PTRACE_EVENT_VFORK_DONE", "PTRACE_EVENT_EXIT" };
	char tail[40] = "";
	int len = 0, st;
	long f;

	if (ret <= 0)
		return scnprintf(p, n, "N/A");
	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (copy_from_user_nofault(&st, (const void __user *)uaddr, sizeof(st)))
		return scnprintf(p, n, "0x%lx", uaddr);
	f = st;
	if (f >> 16)
		scnprintf(tail, sizeof(tail), " | 0x%lx", f & ~0xffffL);
	if ((f & 0x7f) == 0) {
		XT_AP("WEXITSTATUS=%ld", (f & 0xff00) >> 8);
	} else if ((f & 0x7f) != 0x7f) {
		if (f & 0x80)
			return scnprintf(p, n, "WCOREDUMP%s", tail);
		XT_AP("WTERMSIG=");
		len += xt_fmt_eq(p + len, n - len, sig, f & 0x7f, 16);
	} else if ((f & 0xff) == 0x7f) {
		if (((f & 0xff00) >> 8) == SIGTRAP && (f >> 16) > 0 && (f >> 16) < (long)ARRAY_SIZE(events))
			scnprintf(tail, sizeof(tail), " | %s << 8", events[f >> 16]);
		XT_AP("WSTOPSIG=");
		len += xt_fmt_eq(p + len, n - len, sig, (f & 0xff00) >> 8, 16);
	} else if (f == 0xffff) {
		XT_AP("WIFCONTINUED");
	} else {
		return scnprintf(p, n, "?=0x%lx", f);
	}
	XT_AP("%s", tail);
	return len;
}

/* stap's return_str(format, ret): "-2 (ENOENT)" for a named error, else
 * decimal (1), hex (2) or octal (3). */
static __maybe_unused int xt_fmt_ret(char *p, size_t n, long ret, int format,
				     const char *const *errnames, int nerr)
{
	if (ret < 0 && ret > -nerr && errnames[-ret])
		return scnprintf(p, n, "%ld (%s)", ret, errnames[-ret]);
	if (format == 2)
		return scnprintf(p, n, "0x%lx", ret);
	if (format == 3)
		return scnprintf(p, n, "%#lo", ret);
	return scnprintf(p, n, "%ld", ret);
}

static __always_inline void xt_sys_args(struct xt_ctx *c, unsigned long *a)
{
	XT_NEED_SYSREGS();
	if (c->regs)
		syscall_get_arguments(current, c->regs, a);
	else
		memset(a, 0, 6 * sizeof(*a));
}

#endif /* XT_SYSCALL_H */
