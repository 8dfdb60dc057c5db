"""argstr of the syscalls whose format depends on an argument's value.

stap's tapset prints these with code of their own: pipe's and pipe2's read the
fd array (and print NULL for none, pipe2 then without its flags), futex's
arguments depend on the operation (syscalls.stpm's __futex_argstr, which
compares the whole op, so a FUTEX_*_PRIVATE op prints as the default three
arguments), prctl's on the option (aux_syscalls.stp's _prctl_argstr). Each
is a C function `xt_sc_argstr_NAME(p, n, a)` appending to p, emitted only for
the syscalls a script's probes print the argstr of, with the symbol tables it
names.
"""

from __future__ import annotations

# kind -> (how, base, [(value, name)]), merged into sysc.TABLES.
CUSTOM_TABLES: dict[str, tuple[str, int, list[tuple[int, str]]]] = {
    "futexop": ("eq", 16, [(0, "FUTEX_WAIT"), (1, "FUTEX_WAKE"), (2, "FUTEX_FD"), (3, "FUTEX_REQUEUE"),
                           (4, "FUTEX_CMP_REQUEUE"), (5, "FUTEX_WAKE_OP"), (6, "FUTEX_LOCK_PI"),
                           (7, "FUTEX_UNLOCK_PI"), (8, "FUTEX_TRYLOCK_PI"), (9, "FUTEX_WAIT_BITSET"),
                           (10, "FUTEX_WAKE_BITSET"), (11, "FUTEX_WAIT_REQUEUE_PI"),
                           (12, "FUTEX_CMP_REQUEUE_PI"), (128, "FUTEX_WAIT_PRIVATE"),
                           (129, "FUTEX_WAKE_PRIVATE"), (131, "FUTEX_REQUEUE_PRIVATE"),
                           (132, "FUTEX_CMP_REQUEUE_PRIVATE"), (133, "FUTEX_WAKE_OP_PRIVATE"),
                           (134, "FUTEX_LOCK_PI_PRIVATE"), (135, "FUTEX_UNLOCK_PI_PRIVATE"),
                           (136, "FUTEX_TRYLOCK_PI_PRIVATE"), (137, "FUTEX_WAIT_BITSET_PRIVATE"),
                           (138, "FUTEX_WAKE_BITSET_PRIVATE"), (139, "FUTEX_WAIT_REQUEUE_PI_PRIVATE"),
                           (140, "FUTEX_CMP_REQUEUE_PI_PRIVATE")]),
    "futexwakeop": ("eq", 16, [(0, "FUTEX_OP_SET"), (1, "FUTEX_OP_ADD"), (2, "FUTEX_OP_OR"),
                               (3, "FUTEX_OP_ANDN"), (4, "FUTEX_OP_XOR")]),
    "futexwakecmp": ("eq", 16, [(0, "FUTEX_OP_CMP_EQ"), (1, "FUTEX_OP_CMP_NE"), (2, "FUTEX_OP_CMP_LT"),
                                (3, "FUTEX_OP_CMP_LE"), (4, "FUTEX_OP_CMP_GT"), (5, "FUTEX_OP_CMP_GE")]),
    # the prctl options stap names (no PR_SET_VMA, PR_CAP_AMBIENT... : those in hex)
    "prctlop": ("eq", 16, [(1, "PR_SET_PDEATHSIG"), (2, "PR_GET_PDEATHSIG"), (3, "PR_GET_DUMPABLE"),
                           (4, "PR_SET_DUMPABLE"), (5, "PR_GET_UNALIGN"), (6, "PR_SET_UNALIGN"),
                           (7, "PR_GET_KEEPCAPS"), (8, "PR_SET_KEEPCAPS"), (9, "PR_GET_FPEMU"),
                           (10, "PR_SET_FPEMU"), (11, "PR_GET_FPEXC"), (12, "PR_SET_FPEXC"),
                           (13, "PR_GET_TIMING"), (14, "PR_SET_TIMING"), (15, "PR_SET_NAME"),
                           (16, "PR_GET_NAME"), (19, "PR_GET_ENDIAN"), (20, "PR_SET_ENDIAN"),
                           (21, "PR_GET_SECCOMP"), (22, "PR_SET_SECCOMP"), (23, "PR_CAPBSET_READ"),
                           (24, "PR_CAPBSET_DROP"), (25, "PR_GET_TSC"), (26, "PR_SET_TSC"),
                           (27, "PR_GET_SECUREBITS"), (28, "PR_SET_SECUREBITS"),
                           (29, "PR_SET_TIMERSLACK"), (30, "PR_GET_TIMERSLACK"),
                           (31, "PR_TASK_PERF_EVENTS_DISABLE"), (32, "PR_TASK_PERF_EVENTS_ENABLE"),
                           (33, "PR_MCE_KILL"), (34, "PR_MCE_KILL_GET"), (35, "PR_SET_MM"),
                           (0x59616d61, "PR_SET_PTRACER"), (36, "PR_SET_CHILD_SUBREAPER"),
                           (37, "PR_GET_CHILD_SUBREAPER"), (38, "PR_SET_NO_NEW_PRIVS"),
                           (39, "PR_GET_NO_NEW_PRIVS"), (40, "PR_GET_TID_ADDRESS"),
                           (41, "PR_SET_THP_DISABLE"), (42, "PR_GET_THP_DISABLE"),
                           (43, "PR_MPX_ENABLE_MANAGEMENT"), (44, "PR_MPX_DISABLE_MANAGEMENT")]),
    "prunalign": ("eq", 16, [(1, "PR_UNALIGN_NOPRINT"), (2, "PR_UNALIGN_SIGBUS")]),
    "prfpemu": ("eq", 16, [(1, "PR_FPEMU_NOPRINT"), (2, "PR_FPEMU_SIGFPE")]),
    "prfpexc": ("eq", 16, [(0x80, "PR_FP_EXC_SW_ENABLE"), (0x010000, "PR_FP_EXC_DIV"),
                           (0x020000, "PR_FP_EXC_OVF"), (0x040000, "PR_FP_EXC_UND"),
                           (0x080000, "PR_FP_EXC_RES"), (0x100000, "PR_FP_EXC_INV"),
                           (0, "PR_FP_EXC_DISABLED"), (1, "PR_FP_EXC_NONRECOV"),
                           (2, "PR_FP_EXC_ASYNC"), (3, "PR_FP_EXC_PRECISE")]),
    "prtiming": ("eq", 16, [(0, "PR_TIMING_STATISTICAL"), (1, "PR_TIMING_TIMESTAMP")]),
    "prendian": ("eq", 16, [(0, "PR_ENDIAN_BIG"), (1, "PR_ENDIAN_LITTLE"), (2, "PR_ENDIAN_PPC_LITTLE")]),
    "prtsc": ("eq", 16, [(1, "PR_TSC_ENABLE"), (2, "PR_TSC_SIGSEGV")]),
    "prptracer": ("eq", 10, [(-1, "PR_SET_PTRACER_ANY")]),
    "prmce": ("eq", 16, [(0, "PR_MCE_KILL_CLEAR"), (1, "PR_MCE_KILL_SET")]),
    "prmce2": ("eq", 16, [(0, "PR_MCE_KILL_LATE"), (1, "PR_MCE_KILL_EARLY"), (2, "PR_MCE_KILL_DEFAULT")]),
    "prseccomp": ("eq", 16, [(0, "SECCOMP_MODE_DISABLED"), (1, "SECCOMP_MODE_STRICT"),
                             (2, "SECCOMP_MODE_FILTER")]),
    "prmm": ("eq", 16, [(1, "PR_SET_MM_START_CODE"), (2, "PR_SET_MM_END_CODE"),
                        (3, "PR_SET_MM_START_DATA"), (4, "PR_SET_MM_END_DATA"),
                        (5, "PR_SET_MM_START_STACK"), (6, "PR_SET_MM_START_BRK"), (7, "PR_SET_MM_BRK"),
                        (8, "PR_SET_MM_ARG_START"), (9, "PR_SET_MM_ARG_END"),
                        (10, "PR_SET_MM_ENV_START"), (11, "PR_SET_MM_ENV_END"), (12, "PR_SET_MM_AUXV"),
                        (13, "PR_SET_MM_EXE_FILE"), (14, "PR_SET_MM_MAP"), (15, "PR_SET_MM_MAP_SIZE")]),
    # the capabilities stap's list has (up to CAP_AUDIT_READ)
    "prcap": ("eq", 16, list(enumerate(
        "CAP_CHOWN CAP_DAC_OVERRIDE CAP_DAC_READ_SEARCH CAP_FOWNER CAP_FSETID CAP_KILL CAP_SETGID "
        "CAP_SETUID CAP_SETPCAP CAP_LINUX_IMMUTABLE CAP_NET_BIND_SERVICE CAP_NET_BROADCAST "
        "CAP_NET_ADMIN CAP_NET_RAW CAP_IPC_LOCK CAP_IPC_OWNER CAP_SYS_MODULE CAP_SYS_RAWIO "
        "CAP_SYS_CHROOT CAP_SYS_PTRACE CAP_SYS_PACCT CAP_SYS_ADMIN CAP_SYS_BOOT CAP_SYS_NICE "
        "CAP_SYS_RESOURCE CAP_SYS_TIME CAP_SYS_TTY_CONFIG CAP_MKNOD CAP_LEASE CAP_AUDIT_WRITE "
        "CAP_AUDIT_CONTROL CAP_SETFCAP CAP_MAC_OVERRIDE CAP_MAC_ADMIN CAP_SYSLOG CAP_WAKE_ALARM "
        "CAP_BLOCK_SUSPEND CAP_AUDIT_READ".split()))),
    "prsecbits": ("or", 16, [(1, "SECBIT_NOROOT"), (2, "SECBIT_NOROOT_LOCKED"),
                             (4, "SECBIT_NO_SETUID_FIXUP"), (8, "SECBIT_NO_SETUID_FIXUP_LOCKED"),
                             (16, "SECBIT_KEEP_CAPS"), (32, "SECBIT_KEEP_CAPS_LOCKED")]),
}

_PIPE = r"""
/* pipe(2): the fd array as it is at entry, or NULL (stap's sysc_pipe.stp). */
static int xt_sc_argstr_pipe(char *p, size_t n, unsigned long *a)
{
	if (!a[0])
		return scnprintf(p, n, "NULL");
	return scnprintf(p, n, "[%d, %d]", xt_sc_fildes(a[0], 0), xt_sc_fildes(a[0], 1));
}
"""

_PIPE2 = r"""
/* pipe2(2): the fd array and the flags; a NULL array prints alone. */
static int xt_sc_argstr_pipe2(char *p, size_t n, unsigned long *a)
{
	int len = 0;

	if (!a[0])
		return scnprintf(p, n, "NULL");
	XT_AP("[%d, %d], ", xt_sc_fildes(a[0], 0), xt_sc_fildes(a[0], 1));
	len += xt_fmt_or(p + len, n - len, xt_sym_pipe2flags, (u32)a[1], 16);
	return len;
}
"""

_FUTEX = r"""
/* futex(2): the arguments the operation uses; the op is compared whole, so
 * a *_PRIVATE op gets the default three, as in stap's __futex_argstr. */
static int xt_sc_argstr_futex(char *p, size_t n, unsigned long *a)
{
	int len = 0, op = (int)a[1];
	long val3 = (int)a[5];

	XT_AP("0x%lx, ", a[0]);
	len += xt_fmt_eq(p + len, n - len, xt_sym_futexop, (u32)op, 16);
	XT_AP(", %d", (int)a[2]);
	switch (op) {
	case 10: /* FUTEX_WAKE_BITSET */
		XT_AP(", %#lx", val3);
		break;
	case 0: /* FUTEX_WAIT */
	case 9: /* FUTEX_WAIT_BITSET */
		XT_AP(", ");
		len += xt_fmt_times(p + len, n - len, a[3], 1, false);
		if (op == 9)
			XT_AP(", %#lx", val3);
		break;
	case 3: /* FUTEX_REQUEUE: val2 rides in the timeout argument */
		XT_AP(", %ld, 0x%lx", (long)a[3], a[4]);
		break;
	case 4: /* FUTEX_CMP_REQUEUE */
	case 12: /* FUTEX_CMP_REQUEUE_PI */
		XT_AP(", %lu, 0x%lx, %ld", a[3], a[4], val3);
		break;
	case 5: { /* FUTEX_WAKE_OP: val3 encodes the operation */
		int eo = (int)a[5];

		XT_AP(", %lu, 0x%lx, {", a[3], a[4]);
		if (eo & (8 << 28))
			XT_AP("FUTEX_OP_OPARG_SHIFT|");
		len += xt_fmt_eq(p + len, n - len, xt_sym_futexwakeop, (eo >> 28) & 7, 16);
		XT_AP(", %d, ", (int)((u32)eo << 8) >> 20);
		len += xt_fmt_eq(p + len, n - len, xt_sym_futexwakecmp, (eo >> 24) & 15, 16);
		XT_AP(", %d}", (int)((u32)eo << 20) >> 20);
		break;
	}
	case 11: /* FUTEX_WAIT_REQUEUE_PI */
		XT_AP(", ");
		len += xt_fmt_times(p + len, n - len, a[3], 1, false);
		XT_AP(", 0x%lx", a[4]);
		break;
	}
	return len;
}
"""

_PRCTL = r"""
/* prctl(2): the option, then what it takes (stap's _prctl_argstr). */
static int xt_sc_argstr_prctl(char *p, size_t n, unsigned long *a)
{
	int len = 0;
	const struct xt_sym *sub = NULL;

	len += xt_fmt_eq(p, n, xt_sym_prctlop, (u32)a[0], 16);
	switch ((u32)a[0]) {
	case 3: case 7: case 13: case 21: case 27: case 30: case 31: case 32:
	case 34: case 39: case 42: case 43: case 44:
		return len;	/* no arguments */
	case 6: sub = xt_sym_prunalign; break;
	case 10: sub = xt_sym_prfpemu; break;
	case 12: sub = xt_sym_prfpexc; break;
	case 14: sub = xt_sym_prtiming; break;
	case 20: sub = xt_sym_prendian; break;
	case 26: sub = xt_sym_prtsc; break;
	case 23: case 24: sub = xt_sym_prcap; break;
	case 0x59616d61: /* PR_SET_PTRACER: PR_SET_PTRACER_ANY is -1 */
		XT_AP(", ");
		return len + xt_fmt_eq(p + len, n - len, xt_sym_prptracer, (long)a[1], 10);
	case 28:
		XT_AP(", ");
		return len + xt_fmt_or(p + len, n - len, xt_sym_prsecbits, a[1], 16);
	case 1: case 2: case 5: case 9: case 11: case 15: case 16: case 19:
	case 25: case 37: case 40: case 41:
		XT_AP(", 0x%lx", a[1]);
		return len;
	case 4: case 8: case 29: case 36: case 38:
		XT_AP(", %lu", a[1]);
		return len;
	case 33: /* PR_MCE_KILL */
		XT_AP(", ");
		len += xt_fmt_eq(p + len, n - len, xt_sym_prmce, a[1], 16);
		if (a[1] == 1) {
			XT_AP(", ");
			len += xt_fmt_eq(p + len, n - len, xt_sym_prmce2, a[2], 16);
		} else if (a[1] != 0) {
			XT_AP(", 0x%lx", a[2]);
		}
		return len;
	case 22: /* PR_SET_SECCOMP */
	case 35: /* PR_SET_MM */
		XT_AP(", ");
		len += xt_fmt_eq(p + len, n - len, (u32)a[0] == 22 ? xt_sym_prseccomp : xt_sym_prmm,
				 a[1], 16);
		XT_AP(", 0x%lx", a[2]);
		return len;
	default:
		XT_AP(", 0x%lx, 0x%lx, 0x%lx, 0x%lx", a[1], a[2], a[3], a[4]);
		return len;
	}
	XT_AP(", ");
	return len + xt_fmt_eq(p + len, n - len, sub, a[1], 16);
}
"""

# syscall -> its C, and the symbol tables that C names.
CUSTOM_C: dict[str, str] = {"pipe": _PIPE, "pipe2": _PIPE2, "futex": _FUTEX, "prctl": _PRCTL}
CUSTOM_NEEDS: dict[str, list[str]] = {
    "pipe": [], "pipe2": ["pipe2flags"], "futex": ["futexop", "futexwakeop", "futexwakecmp"],
    "prctl": ["prctlop", "prunalign", "prfpemu", "prfpexc", "prtiming", "prendian", "prtsc",
              "prptracer", "prmce", "prmce2", "prseccomp", "prmm", "prcap", "prsecbits"],
}
