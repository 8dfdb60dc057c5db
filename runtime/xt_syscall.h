/* xtrace kernel runtime: syscall probes (raw_syscalls tracepoints).
 *
 * All syscall probes of a script share one sys_enter and one sys_exit
 * tracepoint probe; which script probes run is decided by a bitmap of
 * syscall numbers, so tracing every syscall costs one attach, not hundreds.
 */
#ifndef XT_SYSCALL_H
#define XT_SYSCALL_H

#include <linux/fcntl.h>
#include <linux/compat.h>
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

/* Bit i set: argument i of this syscall is a user string argstr reads. */
static u32 xt_sc_strargs(long nr)
{
	switch (nr) {
#ifdef __NR_open
	case __NR_open:
		return 1u << 0;
#endif
	case __NR_openat:
		return 1u << 1;
	default:
		return 0;
	}
}

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

/* ---- argstr: arguments formatted as stap prints them ---------------- */

static const struct { unsigned int bit; const char *name; } xt_oflags[] = {
	{ O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" }, { O_NOCTTY, "O_NOCTTY" },
	{ O_TRUNC, "O_TRUNC" }, { O_APPEND, "O_APPEND" }, { O_NONBLOCK, "O_NONBLOCK" },
	{ __O_SYNC, "O_SYNC" }, { O_DSYNC, "O_DSYNC" }, { FASYNC, "FASYNC" },
	{ O_DIRECT, "O_DIRECT" }, { O_LARGEFILE, "O_LARGEFILE" }, { O_DIRECTORY, "O_DIRECTORY" },
	{ O_NOFOLLOW, "O_NOFOLLOW" }, { O_NOATIME, "O_NOATIME" }, { O_CLOEXEC, "O_CLOEXEC" },
	{ O_PATH, "O_PATH" }, { __O_TMPFILE, "__O_TMPFILE" },
};

static int xt_fmt_oflags(char *p, size_t n, unsigned long flags)
{
	int len, i;
	unsigned int acc = flags & O_ACCMODE;

	len = scnprintf(p, n, "%s", acc == O_WRONLY ? "O_WRONLY" : acc == O_RDWR ? "O_RDWR" :
			acc == O_RDONLY ? "O_RDONLY" : "O_ACCMODE");
	flags &= ~(unsigned long)O_ACCMODE;
	if (flags & __O_SYNC)
		flags &= ~(unsigned long)O_DSYNC;  /* O_SYNC includes O_DSYNC's bit */
	for (i = 0; i < ARRAY_SIZE(xt_oflags); i++) {
		if (flags & xt_oflags[i].bit) {
			len += scnprintf(p + len, n - len, "|%s", xt_oflags[i].name);
			flags &= ~(unsigned long)xt_oflags[i].bit;
		}
	}
	if (flags)
		len += scnprintf(p + len, n - len, "|0x%lx", flags);
	return len;
}

/* A user string, quoted and escaped as stap's user_string_quoted does. */
static int xt_fmt_ustr(char *p, size_t n, unsigned long uaddr)
{
	char buf[XT_MAXSTRINGLEN];
	long l = xt_user_string(buf, uaddr, sizeof(buf));
	int len = 0, i;

	if (!uaddr)
		return scnprintf(p, n, "NULL");
	if (l < 0)
		return scnprintf(p, n, "0x%lx", uaddr);
	len += scnprintf(p + len, n - len, "\"");
	for (i = 0; i < l && len < n - 6; i++) {
		unsigned char ch = buf[i];

		switch (ch) {
		case '\n': len += scnprintf(p + len, n - len, "\\n"); break;
		case '\t': len += scnprintf(p + len, n - len, "\\t"); break;
		case '"': len += scnprintf(p + len, n - len, "\\\""); break;
		case '\\': len += scnprintf(p + len, n - len, "\\\\"); break;
		default:
			if (ch < 32 || ch > 126)
				len += scnprintf(p + len, n - len, "\\%03o", ch);
			else
				p[len++] = ch;
		}
	}
	p[len] = '\0';
	len += scnprintf(p + len, n - len, "\"");
	if (l >= (long)sizeof(buf) - 1)
		len += scnprintf(p + len, n - len, "...");
	return len;
}

static int xt_fmt_dfd(char *p, size_t n, long dfd)
{
	if ((int)dfd == AT_FDCWD)
		return scnprintf(p, n, "AT_FDCWD");
	return scnprintf(p, n, "%d", (int)dfd);
}

/* argstr for the syscalls stap formats specially; others print their six
 * raw arguments in hex. */
static const char *xt_argstr(struct xt_ctx *c, char *dst)
{
	size_t n = XT_MAXSTRINGLEN;
	int len = 0;
	long a0 = xt_sys_arg(c, 0), a1 = xt_sys_arg(c, 1), a2 = xt_sys_arg(c, 2), a3 = xt_sys_arg(c, 3);

	dst[0] = '\0';
	switch (xt_sysnr(c)) {
#ifdef __NR_open
	case __NR_open:
		len += xt_fmt_ustr(dst + len, n - len, a0);
		len += scnprintf(dst + len, n - len, ", ");
		len += xt_fmt_oflags(dst + len, n - len, a1);
		if (a1 & (O_CREAT | __O_TMPFILE))
			len += scnprintf(dst + len, n - len, ", %#lo", a2);
		break;
#endif
	case __NR_openat:
		len += xt_fmt_dfd(dst + len, n - len, a0);
		len += scnprintf(dst + len, n - len, ", ");
		len += xt_fmt_ustr(dst + len, n - len, a1);
		len += scnprintf(dst + len, n - len, ", ");
		len += xt_fmt_oflags(dst + len, n - len, a2);
		if (a2 & (O_CREAT | __O_TMPFILE))
			len += scnprintf(dst + len, n - len, ", %#lo", a3);
		break;
	case __NR_close:
		scnprintf(dst, n, "%d", (int)a0);
		break;
	case __NR_read:
	case __NR_write:
		scnprintf(dst, n, "%d, 0x%lx, %lu", (int)a0, a1, a2);
		break;
	case __NR_sync:
	case __NR_getpid:
	case __NR_getppid:
	case __NR_gettid:
		break;
	default:
		scnprintf(dst, n, "0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx", a0, a1, a2, a3,
			  xt_sys_arg(c, 4), xt_sys_arg(c, 5));
	}
	return dst;
}

#endif /* XT_SYSCALL_H */
