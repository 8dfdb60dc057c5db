/* xtrace kernel runtime: Vue's stktrace_t values (get_stktrace(LEVELS) kept in a
 * variable or an associative array, printed later with printf's %t / %T).
 *
 * A stack value is text, so that the string machinery stores, copies and
 * compares it (IBM: assignment, == and != only):
 *
 *     LEVELS;K1 K2 ...;SLOT;U1 U2 ...
 *
 * K: a kernel frame as the hex of its negated address (8 digits for the
 * kernel's 0xffffffff8... text instead of 16); SLOT: the address-space
 * snapshot the user frames U (hex) are named against, so the driver names them
 * in the process that was probed even when another one prints them. The kernel
 * part starts at the probed code (xt_kstack_walk), so equal stacks are equal
 * values. Cut at a whole frame within XT_MAXSTRINGLEN.
 */
#ifndef XT_VSTACK_H
#define XT_VSTACK_H

static noinline __maybe_unused const char *xt_vstktrace(struct xt_ctx *c, char *buf, s64 levels)
{
	unsigned int n = xt_kstack_walk(c, XT_STKDEPTH), i, un;
	size_t len, cap = XT_MAXSTRINGLEN - 1;
	u64 slot = 0;
	char w[24];
	int wl;

	len = scnprintf(buf, XT_MAXSTRINGLEN, "%lld;", (long long)levels);
	/* the kernel frames, leaving room for the user part's head and first frame */
	for (i = 0; i < n; i++) {
		wl = scnprintf(w, sizeof(w), "%s%lx", i ? " " : "", (unsigned long)(-(long)c->stk[i]));
		if (len + wl + 40 > cap)
			break;
		memcpy(buf + len, w, wl);
		len += wl;
	}
	un = xt_ustack_walk(c, levels > 0 ? min_t(unsigned int, levels, XT_USTKDEPTH) : XT_USTKDEPTH);
	if (un)
		slot = xt_umm_slot(current->mm);
	len += scnprintf(buf + len, XT_MAXSTRINGLEN - len, ";%llu;", (unsigned long long)slot);
	for (i = 0; i < un; i++) {
		wl = scnprintf(w, sizeof(w), "%s%lx", i ? " " : "", c->ustk[i]);
		if (len + wl > cap)
			break;
		memcpy(buf + len, w, wl);
		len += wl;
	}
	buf[len] = 0;
	return buf;
}

#endif /* XT_VSTACK_H */
