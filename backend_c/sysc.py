"""C for the syscall tapset: argstr, retstr and the per-syscall variables.

Only the syscalls a script's probes can hit get code, and only the symbol
tables their arguments need, so `probe syscall.open` compiles open's
formatter alone. The formats are stap's (ir/syscalls.py describes each
syscall; runtime/xt_syscall.h has the shared helpers).
"""

from __future__ import annotations

from xtrace.backend_c.sysc_custom import CUSTOM_C, CUSTOM_NEEDS, CUSTOM_TABLES
from xtrace.ir import syscalls as sc

# Symbol tables: kind -> (how: "or" for flags / "eq" for one value, base for
# unnamed values, [(value, name)]). x86_64 ABI values.
# In stap's order (SIGPIPE before SIGUSR2), which a signal set prints in.
_SIGNALS = [(0, "SIG_0"), (1, "SIGHUP"), (2, "SIGINT"), (3, "SIGQUIT"), (4, "SIGILL"),
            (5, "SIGTRAP"), (6, "SIGABRT"), (7, "SIGBUS"), (8, "SIGFPE"), (9, "SIGKILL"),
            (10, "SIGUSR1"), (11, "SIGSEGV"), (13, "SIGPIPE"), (12, "SIGUSR2"), (14, "SIGALRM"),
            (15, "SIGTERM"), (17, "SIGCHLD"), (18, "SIGCONT"), (19, "SIGSTOP"),
            (20, "SIGTSTP"), (21, "SIGTTIN"), (22, "SIGTTOU"), (23, "SIGURG"), (24, "SIGXCPU"),
            (25, "SIGXFSZ"), (26, "SIGVTALRM"), (27, "SIGPROF"), (28, "SIGWINCH"), (29, "SIGIO/SIGPOLL"),
            (30, "SIGPWR"), (31, "SIGSYS"), (0x85, "TRACESYSGOOD")]
_ATFLAGS = [(0x100, "AT_SYMLINK_NOFOLLOW"), (0x200, "AT_REMOVEDIR"), (0x400, "AT_SYMLINK_FOLLOW"),
            (0x800, "AT_NO_AUTOMOUNT"), (0x1000, "AT_EMPTY_PATH")]
# stap's _sockopt_level_str (x86_64 values)
_SOCKOPT_LEVELS = [(0, "SOL_IP"), (1, "SOL_SOCKET"), (6, "SOL_TCP"), (17, "SOL_UDP"), (41, "SOL_IPV6"),
                   (58, "SOL_ICMPV6"), (132, "SOL_SCTP"), (136, "SOL_UDPLITE"), (255, "SOL_RAW"),
                   (256, "SOL_IPX"), (257, "SOL_AX25"), (258, "SOL_ATALK"), (259, "SOL_NETROM"),
                   (260, "SOL_ROSE"), (261, "SOL_DECNET"), (262, "SOL_X25"), (263, "SOL_PACKET"),
                   (264, "SOL_ATM"), (265, "SOL_AAL"), (266, "SOL_IRDA"), (267, "SOL_NETBEUI"),
                   (268, "SOL_LLC"), (269, "SOL_DCCP"), (270, "SOL_NETLINK"), (271, "SOL_TIPC"),
                   (272, "SOL_RXRPC"), (273, "SOL_PPPOL2TP"), (274, "SOL_BLUETOOTH"),
                   (275, "SOL_PNPIPE"), (276, "SOL_RDS"), (277, "SOL_IUCV"), (278, "SOL_CAIF"),
                   (279, "SOL_ALG"), (280, "SOL_NFC")]
# stap's _sockopt_optname_str, first name of a value first. Built against the
# kernel's headers, where SO_RCVTIMEO, SO_TIMESTAMP... are user-only macros: stap
# names 29 SO_TIMESTAMP_OLD and leaves 20 and 21 (SO_RCVTIMEO_OLD...) in hex.
_SOCKOPT_NAMES = [(1, "SO_DEBUG"), (2, "SO_REUSEADDR"), (3, "SO_TYPE"), (4, "SO_ERROR"),
                  (5, "SO_DONTROUTE"), (6, "SO_BROADCAST"), (7, "SO_SNDBUF"), (8, "SO_RCVBUF"),
                  (32, "SO_SNDBUFFORCE"), (33, "SO_RCVBUFFORCE"), (9, "SO_KEEPALIVE"),
                  (10, "SO_OOBINLINE"), (11, "SO_NO_CHECK"), (12, "SO_PRIORITY"), (13, "SO_LINGER"),
                  (14, "SO_BSDCOMPAT"), (15, "SO_REUSEPORT"), (16, "SO_PASSCRED"),
                  (17, "SO_PEERCRED"), (18, "SO_RCVLOWAT"), (19, "SO_SNDLOWAT"),
                  (22, "SO_SECURITY_AUTHENTICATION"), (23, "SO_SECURITY_ENCRYPTION_TRANSPORT"),
                  (24, "SO_SECURITY_ENCRYPTION_NETWORK"), (25, "SO_BINDTODEVICE"),
                  (26, "SO_ATTACH_FILTER"), (27, "SO_DETACH_FILTER"), (28, "SO_PEERNAME"),
                  (30, "SO_ACCEPTCONN"), (31, "SO_PEERSEC"), (34, "SO_PASSSEC"), (36, "SO_MARK"),
                  (38, "SO_PROTOCOL"), (39, "SO_DOMAIN"), (40, "SO_RXQ_OVFL"),
                  (41, "SO_WIFI_STATUS"), (42, "SO_PEEK_OFF"), (43, "SO_NOFCS"),
                  (44, "SO_LOCK_FILTER"), (45, "SO_SELECT_ERR_QUEUE"), (46, "SO_BUSY_POLL"),
                  (47, "SO_MAX_PACING_RATE"), (48, "SO_BPF_EXTENSIONS"), (49, "SO_INCOMING_CPU"),
                  (50, "SO_ATTACH_BPF"), (51, "SO_ATTACH_REUSEPORT_CBPF"),
                  (52, "SO_ATTACH_REUSEPORT_EBPF"), (53, "SO_CNX_ADVICE"),
                  (54, "SCM_TIMESTAMPING_OPT_STATS"), (55, "SO_MEMINFO"),
                  (56, "SO_INCOMING_NAPI_ID"), (57, "SO_COOKIE"), (58, "SCM_TIMESTAMPING_PKTINFO"),
                  (59, "SO_PEERGROUPS"), (60, "SO_ZEROCOPY"), (61, "SO_TXTIME"),
                  (62, "SO_BINDTOIFINDEX"), (29, "SO_TIMESTAMP_OLD"), (35, "SO_TIMESTAMPNS_OLD"),
                  (37, "SO_TIMESTAMPING_OLD"), (63, "SO_TIMESTAMP_NEW"), (64, "SO_TIMESTAMPNS_NEW"),
                  (65, "SO_TIMESTAMPING_NEW"), (66, "SO_RCVTIMEO_NEW"), (67, "SO_SNDTIMEO_NEW")]
TABLES: dict[str, tuple[str, int, list[tuple[int, str]]]] = {
    "signal": ("eq", 16, _SIGNALS),
    "atflags": ("or", 16, _ATFLAGS),
    "unlinkflags": ("or", 16, _ATFLAGS),
    "prot": ("or", 16, [(0, "PROT_NONE"), (1, "PROT_READ"), (2, "PROT_WRITE"), (4, "PROT_EXEC"),
                        (8, "PROT_SEM"), (0x01000000, "PROT_GROWSDOWN"), (0x02000000, "PROT_GROWSUP")]),
    # stap's _mmap_flags: one flags table, in this order (MAP_SHARED_VALIDATE is
    # MAP_SHARED|MAP_PRIVATE to it; newer flags are left in hex)
    "mmapflags": ("or", 16, [(0x1, "MAP_SHARED"), (0x2, "MAP_PRIVATE"), (0x10, "MAP_FIXED"),
                             (0x20, "MAP_ANONYMOUS"), (0x100, "MAP_GROWSDOWN"),
                             (0x800, "MAP_DENYWRITE"), (0x1000, "MAP_EXECUTABLE"),
                             (0x2000, "MAP_LOCKED"), (0x4000, "MAP_NORESERVE"),
                             (0x8000, "MAP_POPULATE"), (0x10000, "MAP_NONBLOCK"),
                             (0x20000, "MAP_STACK"), (0x40000, "MAP_HUGETLB"),
                             (0x4000000, "MAP_UNINITIALIZED"), (0x40, "MAP_32BIT")]),
    "clone": ("or", 16, [(0x100, "CLONE_VM"), (0x200, "CLONE_FS"), (0x400, "CLONE_FILES"),
                         (0x800, "CLONE_SIGHAND"), (0x2000, "CLONE_PTRACE"),
                         (0x4000, "CLONE_VFORK"), (0x8000, "CLONE_PARENT"),
                         (0x10000, "CLONE_THREAD"), (0x20000, "CLONE_NEWNS"),
                         (0x40000, "CLONE_SYSVSEM"), (0x80000, "CLONE_SETTLS"),
                         (0x100000, "CLONE_PARENT_SETTID"), (0x200000, "CLONE_CHILD_CLEARTID"),
                         (0x400000, "CLONE_DETACHED"), (0x800000, "CLONE_UNTRACED"),
                         (0x1000000, "CLONE_CHILD_SETTID"), (0x4000000, "CLONE_NEWUTS"),
                         (0x8000000, "CLONE_NEWIPC"), (0x10000000, "CLONE_NEWUSER"),
                         (0x20000000, "CLONE_NEWPID"), (0x40000000, "CLONE_NEWNET"),
                         (0x80000000, "CLONE_IO")]),
    "whence": ("eq", 16, [(0, "SEEK_SET"), (1, "SEEK_CUR"), (2, "SEEK_END"), (3, "SEEK_DATA"),
                          (4, "SEEK_HOLE")]),
    "amode": ("or", 16, [(0, "F_OK"), (4, "R_OK"), (2, "W_OK"), (1, "X_OK")]),
    # stap's _sock_family_str says PF_ (the sockaddr decoder says AF_)
    "family": ("eq", 16, [
                          (0, "PF_UNSPEC"), (1, "PF_LOCAL"), (2, "PF_INET"), (3, "PF_AX25"),
                          (4, "PF_IPX"), (5, "PF_APPLETALK"), (6, "PF_NETROM"), (7, "PF_BRIDGE"),
                          (8, "PF_ATMPVC"), (9, "PF_X25"), (10, "PF_INET6"), (11, "PF_ROSE"),
                          (12, "PF_DECnet"), (13, "PF_NETBEUI"), (14, "PF_SECURITY"), (15, "PF_KEY"),
                          (16, "PF_NETLINK"), (17, "PF_PACKET"), (18, "PF_ASH"), (19, "PF_ECONET"),
                          (20, "PF_ATMSVC"), (21, "PF_RDS"), (22, "PF_SNA"), (23, "PF_IRDA"),
                          (24, "PF_PPPOX"), (25, "PF_WANPIPE"), (26, "PF_LLC"), (27, "PF_IB"),
                          (29, "PF_CAN"), (30, "PF_TIPC"), (31, "PF_BLUETOOTH"), (32, "PF_IUCV"),
                          (33, "PF_RXRPC"), (34, "PF_ISDN"), (35, "PF_PHONET"), (36, "PF_IEEE802154"),
                          (37, "PF_CAIF"), (38, "PF_ALG"), (39, "PF_NFC"), (40, "PF_VSOCK")]),
    "socktype": ("eq", 16, [(1, "SOCK_STREAM"), (2, "SOCK_DGRAM"), (3, "SOCK_RAW"),
                            (4, "SOCK_RDM"), (5, "SOCK_SEQPACKET"), (6, "SOCK_DCCP"),
                            (10, "SOCK_PACKET")]),
    "ipproto": ("eq", 10, [(0, "IPPROTO_IP"), (1, "IPPROTO_ICMP"), (2, "IPPROTO_IGMP"),
                           (6, "IPPROTO_TCP"), (17, "IPPROTO_UDP"), (41, "IPPROTO_IPV6"),
                           (58, "IPPROTO_ICMPV6"), (132, "IPPROTO_SCTP"), (136, "IPPROTO_UDPLITE"),
                           (255, "IPPROTO_RAW")]),
    "fdflags": ("or", 16, [(0o4000, "O_NONBLOCK"), (0o2000000, "O_CLOEXEC")]),
    "fadvice": ("eq", 16, [(0, "POSIX_FADV_NORMAL"), (1, "POSIX_FADV_RANDOM"),
                           (2, "POSIX_FADV_SEQUENTIAL"), (3, "POSIX_FADV_WILLNEED"),
                           (4, "POSIX_FADV_DONTNEED"), (5, "POSIX_FADV_NOREUSE")]),
    "nsflags": ("eq", 16, [(1, "TIMER_ABSTIME")]),
    "epollflags": ("or", 16, [(0o2000000, "EPOLL_CLOEXEC")]),
    "efdflags": ("or", 16, [(0o4000, "EFD_NONBLOCK"), (0o2000000, "EFD_CLOEXEC"), (1, "EFD_SEMAPHORE")]),
    "sfdflags": ("or", 16, [(0o4000, "SFD_NONBLOCK"), (0o2000000, "SFD_CLOEXEC")]),
    "inflags": ("or", 16, [(0o4000, "IN_NONBLOCK"), (0o2000000, "IN_CLOEXEC")]),
    "sockflags": ("or", 16, [(0o2000000, "SOCK_CLOEXEC"), (0o4000, "SOCK_NONBLOCK")]),
    # stap's _msg_flags_str: 0x10 is MSG_PROBE to it, MSG_BATCH is not named
    # (left in hex), and MSG_CMSG_COMPAT is dropped before the lookup (fmt below)
    "msgflags": ("or", 16, [(0x1, "MSG_OOB"), (0x2, "MSG_PEEK"), (0x4, "MSG_DONTROUTE"),
                            (0x8, "MSG_CTRUNC"), (0x10, "MSG_PROBE"), (0x20, "MSG_TRUNC"),
                            (0x40, "MSG_DONTWAIT"), (0x80, "MSG_EOR"), (0x100, "MSG_WAITALL"),
                            (0x200, "MSG_FIN"), (0x400, "MSG_SYN"), (0x800, "MSG_CONFIRM"),
                            (0x1000, "MSG_RST"), (0x2000, "MSG_ERRQUEUE"), (0x4000, "MSG_NOSIGNAL"),
                            (0x8000, "MSG_MORE"), (0x10000, "MSG_WAITFORONE"),
                            (0x20000, "MSG_SENDPAGE_NOTLAST"), (0x20000000, "MSG_FASTOPEN"),
                            (0x40000000, "MSG_CMSG_CLOEXEC")]),
    "grndflags": ("or", 16, [(1, "GRND_NONBLOCK"), (2, "GRND_RANDOM")]),
    # stap's _statx_mask_str looks the mask up among the AT_STATX_SYNC_* values
    # (a mask of 0 is AT_STATX_SYNC_AS_STAT), any other value in hex
    "statxmask": ("eq", 16, [(0x6000, "AT_STATX_SYNC_TYPE"), (0, "AT_STATX_SYNC_AS_STAT"),
                             (0x2000, "AT_STATX_FORCE_SYNC"), (0x4000, "AT_STATX_DONT_SYNC")]),
    "epollop": ("eq", 16, [(1, "EPOLL_CTL_ADD"), (2, "EPOLL_CTL_DEL"), (3, "EPOLL_CTL_MOD")]),
    "sigmaskhow": ("eq", 16, [(0, "SIG_BLOCK"), (1, "SIG_UNBLOCK"), (2, "SIG_SETMASK")]),
    # stap's _wait4_opt_str: the kernel defines WSTOPPED, so 2 is named that, not
    # WUNTRACED; flags join in this order
    "waitopts": ("or", 16, [(1, "WNOHANG"), (4, "WEXITED"), (2, "WSTOPPED"), (8, "WCONTINUED"),
                            (0x1000000, "WNOWAIT"), (0x20000000, "__WNOTHREAD"),
                            (0x40000000, "__WALL"), (0x80000000, "__WCLONE")]),
    "waitidwhich": ("eq", 16, [(0, "P_ALL"), (1, "P_PID"), (2, "P_PGID")]),
    # stap's _fcntl_cmd_str names no OFD locks or seals (left in hex)
    "fcntlcmd": ("eq", 16, [(0, "F_DUPFD"), (1, "F_GETFD"), (2, "F_SETFD"), (3, "F_GETFL"),
                            (4, "F_SETFL"), (5, "F_GETLK"), (6, "F_SETLK"), (7, "F_SETLKW"),
                            (8, "F_SETOWN"), (9, "F_GETOWN"), (10, "F_SETSIG"), (11, "F_GETSIG"),
                            (15, "F_SETOWN_EX"), (16, "F_GETOWN_EX"), (17, "F_GETOWNER_UIDS"),
                            (1024, "F_SETLEASE"), (1025, "F_GETLEASE"), (1030, "F_DUPFD_CLOEXEC"),
                            (1026, "F_NOTIFY"), (1031, "F_SETPIPE_SZ"), (1032, "F_GETPIPE_SZ")]),
    # stap's _mremap_flags names no MREMAP_DONTUNMAP
    "mremapflags": ("or", 16, [(1, "MREMAP_MAYMOVE"), (2, "MREMAP_FIXED")]),
    "flockop": ("or", 16, [(1, "LOCK_SH"), (2, "LOCK_EX"), (4, "LOCK_NB"), (8, "LOCK_UN"), (32, "LOCK_MAND"),
                           (64, "LOCK_READ"), (128, "LOCK_WRITE"), (192, "LOCK_RW")]),
    "tfdflags": ("or", 16, [(1, "TFD_TIMER_ABSTIME"), (2, "TFD_TIMER_CANCEL_ON_SET"),
                            (0o2000000, "TFD_CLOEXEC"), (0o4000, "TFD_NONBLOCK")]),
    "mfdflags": ("or", 16, [(1, "MFD_CLOEXEC"), (2, "MFD_ALLOW_SEALING"), (0o2000000, "O_CLOEXEC")]),
    # stap's _madvice_advice_str stops at MADV_DODUMP (newer advice in hex)
    "madvice": ("eq", 16, [(0, "MADV_NORMAL"), (1, "MADV_RANDOM"), (2, "MADV_SEQUENTIAL"),
                           (3, "MADV_WILLNEED"), (4, "MADV_DONTNEED"), (8, "MADV_FREE"),
                           (9, "MADV_REMOVE"), (10, "MADV_DONTFORK"), (11, "MADV_DOFORK"),
                           (12, "MADV_MERGEABLE"), (13, "MADV_UNMERGEABLE"), (14, "MADV_HUGEPAGE"),
                           (15, "MADV_NOHUGEPAGE"), (16, "MADV_DONTDUMP"), (17, "MADV_DODUMP"),
                           (100, "MADV_HWPOISON"), (101, "MADV_SOFT_OFFLINE")]),
    "renameflags": ("or", 16, [(1, "RENAME_NOREPLACE"), (2, "RENAME_EXCHANGE"), (4, "RENAME_WHITEOUT")]),
    # stap's _get_wc_str: the id as an unsigned int, others (a CPU clock) in hex
    "clockid": ("eq", 16, [(0, "CLOCK_REALTIME"), (1, "CLOCK_MONOTONIC"),
                           (2, "CLOCK_PROCESS_CPUTIME_ID"), (3, "CLOCK_THREAD_CPUTIME_ID"),
                           (4, "CLOCK_MONOTONIC_RAW"), (5, "CLOCK_REALTIME_COARSE"),
                           (6, "CLOCK_MONOTONIC_COARSE"), (7, "CLOCK_BOOTTIME"),
                           (8, "CLOCK_REALTIME_ALARM"), (9, "CLOCK_BOOTTIME_ALARM"),
                           (10, "CLOCK_SGI_CYCLE"), (11, "CLOCK_TAI")]),
    # stap's _rlimit_resource_str (RLIM_INFINITY and RLIM_NLIMITS named too)
    "rlimit": ("eq", 16, [(0xffffffff, "RLIM_INFINITY"), (0, "RLIMIT_CPU"), (1, "RLIMIT_FSIZE"), (2, "RLIMIT_DATA"),
                          (3, "RLIMIT_STACK"), (4, "RLIMIT_CORE"), (5, "RLIMIT_RSS"),
                          (6, "RLIMIT_NPROC"), (7, "RLIMIT_NOFILE"), (8, "RLIMIT_MEMLOCK"),
                          (9, "RLIMIT_AS"), (10, "RLIMIT_LOCKS"), (11, "RLIMIT_SIGPENDING"),
                          (12, "RLIMIT_MSGQUEUE"), (13, "RLIMIT_NICE"), (14, "RLIMIT_RTPRIO"),
                          (15, "RLIMIT_RTTIME"), (16, "RLIM_NLIMITS")]),
    "pipe2flags": ("or", 16, [(0o4000, "O_NONBLOCK"), (0o2000000, "O_CLOEXEC"), (0o40000, "O_DIRECT")]),
    "shuthow": ("eq", 16, [(0, "SHUT_RD"), (1, "SHUT_WR"), (2, "SHUT_RDWR")]),
    "sockoptlevel": ("eq", 16, _SOCKOPT_LEVELS),
    "sockoptname": ("eq", 16, _SOCKOPT_NAMES),
    # _stp_sigaction_str's sa_flags
    "saflags": ("or", 16, [(1, "SA_NOCLDSTOP"), (2, "SA_NOCLDWAIT"), (0x80000000, "SA_RESETHAND"),
                           (0x08000000, "SA_ONSTACK"), (0x10000000, "SA_RESTART"),
                           (0x40000000, "SA_NODEFER"), (4, "SA_SIGINFO"), (0x04000000, "SA_RESTORER")]),
    **CUSTOM_TABLES,
}
# Kinds formatted by one table lookup; the others need code (below).
_SIMPLE_TABLE = {k: k for k in TABLES} | {"mflags": None, "cloneflags": None}

ERRNO_NAMES: dict[int, str] = dict(enumerate(
    "_ EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT "
    "ENOTBLK EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY EFBIG "
    "ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY "
    "ELOOP _ ENOMSG EIDRM ECHRNG EL2NSYNC EL3HLT EL3RST ELNRNG EUNATCH ENOCSI EL2HLT EBADE EBADR "
    "EXFULL ENOANO EBADRQC EBADSLT _ EBFONT ENOSTR ENODATA ETIME ENOSR ENONET ENOPKG EREMOTE "
    "ENOLINK EADV ESRMNT ECOMM EPROTO EMULTIHOP EDOTDOT EBADMSG EOVERFLOW ENOTUNIQ EBADFD EREMCHG "
    "ELIBACC ELIBBAD ELIBSCN ELIBMAX ELIBEXEC EILSEQ ERESTART ESTRPIPE EUSERS ENOTSOCK EDESTADDRREQ "
    "EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT ESOCKTNOSUPPORT EOPNOTSUPP EPFNOSUPPORT "
    "EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH ENETRESET ECONNABORTED ECONNRESET "
    "ENOBUFS EISCONN ENOTCONN ESHUTDOWN ETOOMANYREFS ETIMEDOUT ECONNREFUSED EHOSTDOWN EHOSTUNREACH "
    "EALREADY EINPROGRESS ESTALE EUCLEAN ENOTNAM ENAVAIL EISNAM EREMOTEIO EDQUOT ENOMEDIUM "
    "EMEDIUMTYPE ECANCELED ENOKEY EKEYEXPIRED EKEYREVOKED EKEYREJECTED EOWNERDEAD ENOTRECOVERABLE "
    "ERFKILL EHWPOISON".split()))
ERRNO_NAMES = {k: v for k, v in ERRNO_NAMES.items() if v != "_"}
# The kernel's own codes a syscall can leak (include/linux/errno.h).
ERRNO_NAMES.update({512: "ERESTARTSYS", 513: "ERESTARTNOINTR", 514: "ERESTARTNOHAND",
                    515: "ENOIOCTLCMD", 516: "ERESTART_RESTARTBLOCK", 517: "EPROBE_DEFER",
                    518: "EOPENSTALE", 519: "ENOPARAM", 521: "EBADHANDLE", 522: "ENOTSYNC",
                    523: "EBADCOOKIE", 524: "ENOTSUPP", 525: "ETOOSMALL", 526: "ESERVERFAULT",
                    527: "EBADTYPE", 528: "EJUKEBOX", 529: "EIOCBQUEUED", 530: "ERECALLCONFLICT"})

_RET_FORMAT = {"dec": 1, "hex": 2, "oct": 3, "none": 1}


def _table_c(kind: str) -> str:
    entries = "".join(f'\t{{ {v:#x}UL, "{name}" }},\n' for v, name in TABLES[kind][2])
    return f"static const struct xt_sym xt_sym_{kind}[] = {{\n{entries}\t{{ 0, NULL }},\n}};\n"


def _lookup(kind: str, v: str) -> str:
    how, base, _ = TABLES[kind]
    if how == "or":
        return f"xt_fmt_or(p + len, n - len, xt_sym_{kind}, (unsigned long)({v}), {base})"
    return f"xt_fmt_eq(p + len, n - len, xt_sym_{kind}, (long)({v}), {base})"


def _needs(kind: str) -> list[str]:
    """The symbol tables formatting `kind` uses."""
    if kind.startswith("sym:"):
        kind = kind[4:]
    return {"mflags": ["mmapflags"], "cloneflags": ["clone", "signal"],
            "socktype": ["socktype"], "sockproto": ["ipproto"], "sigset": ["signal"],
            "sigaction": ["signal", "saflags"], "waitstatus": ["signal"]}.get(
        kind, [kind] if kind in TABLES else [])


def fmt(kind: str, i: int) -> str:
    """C statements appending argument a[i], formatted as `kind`, to p."""
    a = f"a[{i}]"
    simple = {
        "int": f'XT_AP("%d", (int){a});',
        "long": f'XT_AP("%ld", (long){a});',
        "uint": f'XT_AP("%u", (u32){a});',
        "ulong": f'XT_AP("%lu", {a});',
        "ptr": f'XT_AP("0x%lx", {a});',
        "hex": f'XT_AP("0x%x", (u32){a});',
        "octal": f'XT_AP("%#o", (u32){a});',
        "ustr": f"len += xt_fmt_ustr(p + len, n - len, {a}, raw, q);",
        "ubuf": f"len += xt_fmt_ubuf(p + len, n - len, {a}, a[{i + 1}]);",
        "argv": f"len += xt_fmt_argv(p + len, n - len, {a}, raw, q);",
        "sockaddr": f"len += xt_fmt_sockaddr(p + len, n - len, {a}, a[{i + 1}], q);",
        "timespec": f"len += xt_fmt_times(p + len, n - len, {a}, 1, false);",
        "timespec2": f"len += xt_fmt_times(p + len, n - len, {a}, 2, false);",
        "timeval": f"len += xt_fmt_times(p + len, n - len, {a}, 1, true);",
        "timeval2": f"len += xt_fmt_times(p + len, n - len, {a}, 2, true);",
        "oflags": f"len += xt_fmt_oflags(p + len, n - len, {a});",
        "dfd": f"len += xt_fmt_dfd(p + len, n - len, {a});",
        "mflags": f"len += {_lookup('mmapflags', a)};",
        "cloneflags": (f"len += {_lookup('clone', f'{a} & ~0xffUL')}; "
                       f'if ({a} & 0xff) {{ XT_AP("|"); len += {_lookup("signal", f"{a} & 0xff")}; }}'),
        "socktype": (f"len += {_lookup('socktype', f'{a} & 0xf')}; "
                     f'if ({a} & 02000000) XT_AP("|SOCK_CLOEXEC"); '
                     f'if ({a} & 04000) XT_AP("|SOCK_NONBLOCK"); '
                     f'if ({a} & ~(0xfUL | 02000000 | 04000)) XT_AP("|0x%lx", {a} & ~(0xfUL | 02000000 | 04000));'),
        "msgflags": f"len += {_lookup('msgflags', f'(u32){a} & ~0x80000000U')};",
        "statxmask": f"len += {_lookup('statxmask', f'(int){a}')};",
        "sockproto": (f"if ((int)a[0] == 2 || (int)a[0] == 10) len += {_lookup('ipproto', f'(int){a}')}; "
                      f'else XT_AP("%d", (int){a});'),
        # stap looks these up as unsigned int, or as the int's sign-extended value
        "clockid": f"len += {_lookup('clockid', f'(u32){a}')};",
        "rlimit": f"len += {_lookup('rlimit', f'(u32){a}')};",
        "waitidwhich": f"len += {_lookup('waitidwhich', f'(u32){a}')};",
        "shuthow": f"len += {_lookup('shuthow', f'(u32){a}')};",
        "pipe2flags": f"len += {_lookup('pipe2flags', f'(u32){a}')};",
        "flockop": f"len += {_lookup('flockop', f'(u32){a}')};",
        "tfdflags": f"len += {_lookup('tfdflags', f'(u32){a}')};",
        "mfdflags": f"len += {_lookup('mfdflags', f'(u32){a}')};",
        "sockoptlevel": f"len += {_lookup('sockoptlevel', f'(int){a}')};",
        "sockoptname": f"len += {_lookup('sockoptname', f'(int){a}')};",
        "zero": 'XT_AP("0");',
        "fildes0": f'XT_AP("%d", xt_sc_fildes({a}, 0));',
        "fildes1": f'XT_AP("%d", xt_sc_fildes({a}, 1));',
        "str0x0": 'XT_AP("0x0");',
        "strempty": "(void)0;",
        "sigset": f"len += xt_fmt_sigset(p + len, n - len, {a}, xt_sym_signal);",
        "sigaction": f"len += xt_fmt_sigaction(p + len, n - len, {a}, xt_sym_signal, xt_sym_saflags);",
        "sysinfo": f"len += xt_fmt_sysinfo(p + len, n - len, {a});",
        "rlimitu": f"len += xt_fmt_rlimit(p + len, n - len, {a});",
        "waitstatus": f"len += xt_fmt_waitstatus(p + len, n - len, c->retval, {a}, xt_sym_signal);",
    }
    if kind.startswith("sym:"):
        kind = kind[4:]
    if kind in simple:
        return simple[kind]
    if kind in TABLES:
        return f"len += {_lookup(kind, a)};"
    raise ValueError(f"no formatter for {kind}")


def _argstr_case(s: sc.Syscall) -> list[str]:
    if s.custom:
        return [f"len += xt_sc_argstr_{s.name}(p + len, n - len, a);"]
    out: list[str] = []
    first = True
    for v in s.argstr_vars:
        if v.kind == "cmode":
            flags = next(x.index for x in s.vars if x.kind == "oflags")
            out.append(f'if (a[{flags}] & O_CREAT) {{ XT_AP(", "); XT_AP("%#o", (u32)a[{v.index}]); }}')
            continue
        if not first:
            out.append('XT_AP(", ");')
        if v.kind == "sigaction":  # rt_sigaction's argstr braces act_str
            out += ['XT_AP("{");', fmt(v.kind, v.index), 'XT_AP("}");']
        else:
            out.append(fmt(v.kind, v.index))
        first = False
    return out


def _value_c(v: sc.SysVar) -> str:
    """An integer variable's value, as stap's int_arg/uint_arg/ulong_arg read it."""
    a = f"a[{v.index}]"
    if v.kind == "zero":
        return "0"
    if v.kind in ("fildes0", "fildes1"):
        return f"(s64)xt_sc_fildes({a}, {v.kind[-1]})"
    if v.kind in ("uint", "hex", "octal", "cmode"):
        return f"(s64)(u32){a}"
    if v.kind in ("long", "ulong", "ptr", "prot", "mflags", "cloneflags"):
        return f"(s64){a}"
    return f"(s64)(int){a}"


class SyscallC:
    """Collects what a module's probes use from the tapset, then emits its C."""

    def __init__(self, nrs: dict[str, int]) -> None:
        self.nrs = nrs
        self.argstr: set[str] = set()
        self.retstr: set[str] = set()
        self.strargs: set[str] = set()
        self.vars: dict[str, set[str]] = {}   # variable -> syscalls it is read in

    def use_argstr(self, syscalls: list[str]) -> None:
        self.argstr.update(syscalls)
        self.strargs.update(syscalls)

    def use_var(self, var: str, syscalls: list[str]) -> None:
        self.vars.setdefault(var, set()).update(syscalls)
        self.strargs.update(syscalls)

    @staticmethod
    def var_is_str(var: str, syscalls: list[str]) -> bool:
        found = sc.resolve(var, syscalls)
        return any(sc.var_type(v.kind) == "str" for v in found.values())

    def _case(self, name: str) -> str:
        return f"\tcase {self.nrs[name]}: /* {name} */"

    def emit(self) -> str:
        if not (self.argstr or self.retstr or self.vars or self.strargs):
            return "static u32 xt_sc_strargs(long nr) { return 0; }\n"
        kinds: set[str] = set()
        custom = sorted(name for name in self.argstr
                        if (s := sc.lookup(name)) is not None and s.custom)
        for name in self.argstr:
            s = sc.lookup(name)
            if s is not None and not s.custom:
                kinds.update(v.kind for v in s.argstr_vars)
        for var, names in self.vars.items():
            kinds.update(v.kind for v in sc.resolve(var, sorted(names)).values())
        tables = sorted({t for k in kinds for t in _needs(k)}
                        | {t for name in custom for t in CUSTOM_NEEDS[name]})
        parts = [_table_c(t) for t in tables]
        parts += [CUSTOM_C[name] for name in custom]
        parts.append(self._strargs())
        if self.argstr:
            parts.append(self._argstr())
        if self.retstr:
            parts.append(self._retstr())
        for var in sorted(self.vars):
            parts.append(self._var(var))
        return "\n".join(parts)

    def _strargs(self) -> str:
        lines = ["static u32 xt_sc_strargs(long nr)", "{", "\tswitch (nr) {"]
        for name in sorted(self.strargs, key=lambda x: self.nrs[x]):
            s = sc.lookup(name)
            if s is None:
                continue
            bits = sorted({v.index for v in s.vars if v.kind == "ustr"})
            if bits:
                mask = " | ".join(f"(1u << {b})" for b in bits)
                lines += [self._case(name), f"\t\treturn {mask};"]
        lines += ["\tdefault:", "\t\treturn 0;", "\t}", "}", ""]
        return "\n".join(lines)

    def _argstr(self) -> str:
        lines = ["static const char *xt_argstr(struct xt_ctx *c, char *p, char *raw, char *q)", "{",
                 "\tunsigned long a[6];", "\tsize_t n = XT_MAXSTRINGLEN;", "\tint len = 0;", "",
                 "\txt_sys_args(c, a);", "\tp[0] = '\\0';", "\tswitch (xt_sysnr(c)) {"]
        for name in sorted(self.argstr, key=lambda x: self.nrs[x]):
            s = sc.lookup(name)
            if s is None:
                continue
            lines.append(self._case(name))
            lines += [f"\t\t{stmt}" for stmt in _argstr_case(s)]
            lines.append("\t\tbreak;")
        lines += ["\tdefault:",
                  '\t\tXT_AP("0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx", a[0], a[1], a[2], a[3], a[4], a[5]);',
                  "\t}", "\t(void)raw; (void)q; (void)len;", "\treturn p;", "}", ""]
        return "\n".join(lines)

    def _retstr(self) -> str:
        names = ",\n".join(f'\t[{k}] = "{v}"' for k, v in sorted(ERRNO_NAMES.items()))
        lines = [f"static const char *const xt_errnames[] = {{\n{names}\n}};", "",
                 "static const char *xt_retstr(struct xt_ctx *c, char *p)", "{",
                 "\tint format = 1;", "", "\tswitch (xt_sysnr(c)) {"]
        for name in sorted(self.retstr, key=lambda x: self.nrs[x]):
            s = sc.lookup(name)
            if s is not None and _RET_FORMAT[s.ret] != 1:
                lines += [self._case(name), f"\t\tformat = {_RET_FORMAT[s.ret]};", "\t\tbreak;"]
        lines += ["\t}", "\txt_fmt_ret(p, XT_MAXSTRINGLEN, c->retval, format, xt_errnames, "
                  "ARRAY_SIZE(xt_errnames));", "\treturn p;", "}", ""]
        return "\n".join(lines)

    def _var(self, var: str) -> str:
        found = sc.resolve(var, sorted(self.vars[var]))
        is_str = any(sc.var_type(v.kind) == "str" for v in found.values())
        if is_str:
            lines = [f"static const char *xt_svs_{var}(struct xt_ctx *c, char *p, char *raw, char *q)", "{",
                     "\tunsigned long a[6];", "\tsize_t n = XT_MAXSTRINGLEN;", "\tint len = 0;", "",
                     "\txt_sys_args(c, a);", "\tp[0] = '\\0';", "\tswitch (xt_sysnr(c)) {"]
        else:
            lines = [f"static s64 xt_sv_{var}(struct xt_ctx *c)", "{", "\tunsigned long a[6];", "",
                     "\txt_sys_args(c, a);", "\tswitch (xt_sysnr(c)) {"]
        for name in sorted(found, key=lambda x: self.nrs[x]):
            v = found[name]
            lines.append(self._case(name))
            if is_str:
                kind = v.kind[4:] if v.kind.startswith("sym:") else v.kind
                lines += [f"\t\t{fmt(kind, v.index)}", "\t\tbreak;"]
            else:
                lines.append(f"\t\treturn {_value_c(v)};")
        if is_str:
            lines += ["\t}", "\t(void)raw; (void)q; (void)len;", "\treturn p;", "}", ""]
        else:
            lines += ["\t}", "\treturn 0;", "}", ""]
        return "\n".join(lines)
