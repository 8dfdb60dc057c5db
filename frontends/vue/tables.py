"""Fixed knowledge about ProbeVue: built-ins, syscall names, C types, unsupported features.

Both directions (Vue -> IR in `lower`, IR -> Vue in `printer`) read these tables,
so a spelling is decided once.
"""

from __future__ import annotations

import errno
import signal
import socket

from xtrace.ir.types import INT32, INT64, STRING, UINT32, UINT64, Type

# ------------------------------------------------------------------ built-ins

# Vue built-in variable -> normalized IR builtin (ir.builtins.BUILTINS).
# Vue numbers probe arguments from 1 (`__arg1`), the IR from 0 (`arg0`).
BUILTIN_VARS: dict[str, str] = {
    "__pid": "pid",
    "__tid": "tid",
    "__ppid": "ppid",
    "__uid": "uid",
    "__euid": "euid",
    "__pname": "execname",
    "__rv": "retval",
    # the error number a failing system call returns (0 elsewhere and on success)
    "__errno": "errno",
    # the pid of the tracing process: probevue's own on AIX, xtrace's (its agent's in the
    # sandbox) here
    "__trcid": "tracer_pid",
    "__kernelmode": "kernelmode",
    **{f"__arg{i}": f"arg{i - 1}" for i in range(1, 33)},
}

# IR builtin -> Vue spelling (an expression; some are Vue functions).
VUE_BUILTIN: dict[str, str] = {ir: vue for vue, ir in BUILTIN_VARS.items()}
VUE_BUILTIN.update({
    "timestamp": "timestamp()",
    "probefunc": "get_function()",
    # stap's `name` (only in syscall probes): Vue's function of a syscall probe is the syscall.
    "syscall_name": "get_function()",
    "pp": "get_probe()",
    "target": "$__CPID",
})

# Vue functions with no arguments that are IR builtins.
BUILTIN_FUNCS: dict[str, str] = {
    "timestamp": "timestamp",
    "get_function": "probefunc",
    "get_probe": "pp",
}

# __pgid and __curproc->pgid: the process group of the current task, as the IR
# reads it (task_info(task, 0), D's curpsinfo->pr_pgid).
PGID_MEMBER = ("__curproc", "pgid")

# Vue built-ins the IR has no equivalent for (AIX-specific machine/kernel state).
UNSUPPORTED_BUILTINS: dict[str, str] = {
    "__curthread": "AIX thread state",
    "__curproc": "AIX process state",
    "__ublock": "the AIX user area",
    "__mst": "the AIX machine state save area",
    "__stat": "AIX kernel statistics",
}

# Vue built-ins of AIX's machine that Linux has no counterpart of: the whole message.
AIX_ONLY_BUILTINS: dict[str, str] = {
    **{f"__r{i}": (f"'__r{i}' is a PowerPC general purpose register (AIX passes arguments in "
                   "r3..r10 and returns in r3); it has no counterpart on this machine: the nearest "
                   "are __arg1 .. __arg6 (the arguments) and __rv (the return value)")
       for i in range(3, 11)},
}

# `__curproc->ppid` style members with an IR builtin equivalent.
BUILTIN_MEMBERS: dict[tuple[str, str], str] = {
    ("__curproc", "pid"): "pid",
    ("__curproc", "ppid"): "ppid",
    ("__curproc", "uid"): "uid",
    ("__curthread", "tid"): "tid",
    ("__curthread", "pid"): "pid",
    ("__curthread", "cpuid"): "cpu",
}

# Built-ins Vue reads as a member (the CPU as __curthread->cpuid).
VUE_BUILTIN.update({ir: f"{base}->{member}" for (base, member), ir in BUILTIN_MEMBERS.items()
                    if ir not in VUE_BUILTIN})

# `__curthread->X` / `__curproc->X` read from the current task_struct: (base, member) ->
# the member path, one list per pointer step (IBM lists __curthread's tid, state, pid,
# policy, pri, cpuusage, cpuid, sigmask, lockcount, ptid, homecpu, homesrad and
# __curproc's pid, ppid, pgid, uid, suid, pri, nice, cpu, adspace, majflt, minflt, size,
# sigpend, sigignore, sigcatch, forktime, threadcount, cwd). Linux's scheduling
# policies have AIX's numbers (SCHED_OTHER 0, FIFO 1, RR 2); priorities are Linux's
# (0-139, lower is more urgent, as on AIX); the page-fault counts are the thread's.
TASK_MEMBERS: dict[tuple[str, str], list[list[str]]] = {
    ("__curthread", "policy"): [["policy"]],
    ("__curthread", "pri"): [["prio"]],
    ("__curproc", "pri"): [["group_leader"], ["prio"]],
    ("__curproc", "suid"): [["cred"], ["suid", "val"]],
    ("__curproc", "majflt"): [["maj_flt"]],
    ("__curproc", "minflt"): [["min_flt"]],
    ("__curproc", "size"): [["mm"], ["total_vm"]],
    ("__curproc", "threadcount"): [["signal"], ["nr_threads"]],
}
# nice is static_prio - 120 (DEFAULT_PRIO); cpuid the CPU the thread runs on.
NICE_BASE = 120

# Members IBM documents that xtrace does not map, and why.
TASK_MEMBERS_REFUSED: dict[tuple[str, str], str] = {
    ("__curthread", "state"): "AIX thread states (TSRUN, TSSLEEP...) have no Linux equivalent",
    # the name IBM's __curthread page gives the same member
    ("__curthread", "threadstate"): "AIX thread states (TSRUN, TSSLEEP...) have no Linux equivalent",
    ("__curthread", "cpuusage"): "AIX's decaying CPU usage has no Linux equivalent",
    ("__curthread", "sigmask"): "signal sets are not readable yet",
    ("__curthread", "lockcount"): "Linux does not count the kernel locks a thread holds",
    ("__curthread", "ptid"): "the pthread id lives in user space on Linux",
    ("__curthread", "homecpu"): "AIX home CPUs have no Linux equivalent",
    ("__curthread", "homesrad"): "AIX SRADs have no Linux equivalent",
    ("__curproc", "cpu"): "AIX's decaying CPU usage has no Linux equivalent",
    ("__curproc", "adspace"): "AIX address space handles have no Linux equivalent",
    ("__curproc", "sigpend"): "signal sets are not readable yet",
    ("__curproc", "sigignore"): "signal sets are not readable yet",
    ("__curproc", "sigcatch"): "signal sets are not readable yet",
    ("__curproc", "forktime"): "AIX's creation time has no Linux clock equivalent in xtrace",
    ("__curproc", "cwd"): "the path of a directory cannot be built in probe context",
}

# AIX kernel variables scripts read with `__kernel` that Linux does not have under
# that name: name -> (what it is, the nearest Linux variable and its declaration).
AIX_KERNEL_VARS: dict[str, tuple[str, str]] = {}

# AIX kernel variables whose meaning Linux has under another form: name -> the IR
# builtin a read gives. AIX's `lbolt` counts clock ticks since boot; Linux's jiffies
# count the same ticks from INITIAL_JIFFIES (HZ a second: 250 on Debian, 100 on AIX).
AIX_KERNEL_ALIASES: dict[str, str] = {"lbolt": "ticks"}

# Named constants a script may use as values. get_location_point() returns
# FUNCTION_ENTRY (0) at a function's entry and FUNCTION_EXIT (-1) at its exits.
CONSTANTS: dict[str, int] = {"FUNCTION_ENTRY": 0, "FUNCTION_EXIT": -1}
# IBM's "Symbolic constants": AF_INET, AF_INET6, NULL, the errno names (EPERM, EAGAIN, ...)
# and the signal names (SIGSEGV, SIGKILL, ...), with the values of the system the script
# runs on, which __errno and the system calls' arguments carry: Linux's here.
CONSTANTS.update({"AF_INET": socket.AF_INET, "AF_INET6": socket.AF_INET6, "NULL": 0})
CONSTANTS.update({n: getattr(errno, n) for n in dir(errno)
                  if n.startswith("E") and isinstance(getattr(errno, n), int)})
CONSTANTS.update({s.name: int(s) for s in signal.Signals if not s.name.startswith("SIG_")})
# The constants a port keeps by name: the errno and signal names and the address
# families, which D's library defines too (and a stap port says as an @define).
NAMED_CONSTANTS = frozenset(n for n in CONSTANTS if n.startswith(("E", "SIG", "AF_")))

# diff_time(t1, t2, UNIT): nanoseconds per unit (the IR timestamp is in ns).
DIFF_TIME_UNITS: dict[str, int] = {"MICROSECONDS": 1_000, "MILLISECONDS": 1_000_000}

# Vue list functions == IR aggregation statistics (a Vue list keeps count/sum/min/max/avg).
LIST_READ_FUNCS = ("count", "sum", "min", "max", "avg")

# fd_path(fd) / fd_fname(fd) / fd_mpath(fd): the absolute path, the file name and the
# mount point of the current process's descriptor fd -> which fileinfo string
# (runtime/xt_kinfo.h XT_FI_*: 0 name, 2 path, 4 mount point). A path_t holds the path
# as a string, computed when fd_path() runs (IBM computes it when it is printed).
FD_FUNCS: dict[str, int] = {"fd_fname": 0, "fd_path": 2, "fd_mpath": 4}

# Vue string functions -> IR function (strstr: the rest of s1 from s2, "" when
# absent; atoi: C's atoi).
STRING_FUNCS: dict[str, str] = {"strstr": "strstr", "atoi": "atoi"}

# Vue's printing functions of an associative array -> ir.PrintVar layout.
PRINT_LAYOUTS: dict[str, str] = {"print": "vue", "quantize": "vue_quantize", "lquantize": "vue_lquantize"}

# print()/quantize()/lquantize() and set_aso_print_options() flags: name -> (what, value).
# ProbeVue's default is SORT_BY_KEY | SORT_TYPE_ASCEND, every entry.
ASO_SORT_FLAGS: dict[str, tuple[str, str]] = {
    "SORT_BY_KEY": ("by", "key"), "SORT_BY_VALUE": ("by", "value"),
    "SORT_TYPE_ASCEND": ("order", "asc"), "SORT_TYPE_DESCEND": ("order", "desc"),
}
# Which statistic of a list value the sort uses (lists in associative arrays).
ASO_LIST_FLAGS = ("USE_LIST_SUM", "USE_LIST_COUNT", "USE_LIST_MIN", "USE_LIST_MAX", "USE_LIST_AVG")

# Vue functions that exist but have no IR equivalent yet: name -> what they do.
UNSUPPORTED_FUNCS: dict[str, str] = {
    "get_ubytes": "copying user memory",
    "get_kbytes": "copying kernel memory",
    "group_output_start": "output grouping",
    "group_output_end": "output grouping",
    "round_trip_time": "a socket descriptor's smoothed TCP round trip time; the nearest Linux "
                       "data is struct tcp_sock's srtt_us (stap's tcp tapset, or a kprobe on "
                       "tcp_rcv_established reading it)",
    "convert_ip4_addr": "ip_addr_t values; sockfd_netinfo() gives a socket's ports",
    "convert_ip6_addr": "ip_addr_t values; sockfd_netinfo() gives a socket's ports",
    "fd_fstype": "AIX's file system type constants (FS_JFS2, ...)",
    "fd_ftype": "AIX's file type constants (FT_REG, ...)",
    "fd_inodeid": "AIX inode ids",
    "fpath_inodeid": "AIX inode ids",
}

# printf conversions that only make sense with AIX data types.
VUE_ONLY_CONVERSIONS: dict[str, str] = {
    "W": "a timestamp as seconds and microseconds",
    "H": "a MAC address",
    "I": "an IP address",
    "M": "a MAC address",
    "S": "a stack trace",
}

# printf's %A prints a probev_timestamp_t as a date and time, by default as
# MM:DD:YYYY hh:mm:ss (24-hour clock, local time); set_date_format(S) sets another
# strftime format. The IR says it as %Y of the wall-clock time with the program's
# 'date_format' option.
DATE_CONVERSION = "A"
DEFAULT_DATE_FORMAT = "%m:%d:%Y %H:%M:%S"
# The strftime conversions set_date_format() takes (C's, without locale modifiers).
STRFTIME_CONVERSIONS = frozenset("aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%")

# ptree(depth): depth -1 prints every level of descendants the runtime gathers
# (runtime/xt_ptree.h: XT_PTREE_LEVELS), else 0 .. PTREE_MAX_DEPTH levels.
PTREE_MAX_DEPTH = 8

# ------------------------------------------------------------------ probe managers

# Managers that exist in ProbeVue but have no Linux counterpart in xtrace yet.
UNSUPPORTED_MANAGERS: dict[str, str] = {
    "uftxlc++": "C++ user function probes are not supported yet; the nearest Linux probe is "
                "@@uft on the function's mangled ELF name (@@uft:PATH:*:_ZN3foo3barEv:entry)",
    "uftjava": "Java probes are not supported yet; the nearest Linux probes are the JVM's own "
               "USDT probes (hotspot:method__entry, with -XX:+ExtendedDTraceProbes), which "
               "xtrace does not place",
    "systrace": "systrace probes are AIX-only (AIX trace hooks); the nearest Linux probes are "
                "the kernel's tracepoints, which Vue reaches through @@sysproc, @@io and @@net "
                "(D and SystemTap scripts name any tracepoint)",
    "io": "io probes (AIX's LVM and disk layers, __iobuf) are not supported; the nearest Linux "
          "probes are the block:block_rq_issue and block:block_rq_complete tracepoints "
          "(D's io:::start and io:::done)",
    "net": "net probes (AIX's BPF packet filters, __net_*) are not supported; the nearest Linux "
           "probes are the net:net_dev_xmit and net:netif_receive_skb tracepoints",
    "sysfs": "sysfs probes are AIX-only",
    "syscallx32": "syscallx32 probes (32-bit processes only) are not supported: Linux's 32-bit "
                  "processes make their system calls through the compat table, whose numbers "
                  "xtrace does not probe; the nearest is @@syscallx (64-bit processes)",
}

# `@@syscall` takes libc names. Most equal the Linux syscall; these differ.
# `open` deliberately stays `open`: mapping it to Linux `openat` would shift every
# __argN by one (openat takes a dirfd first). Likewise `fork` stays `fork`.
LIBC_TO_LINUX: dict[str, str] = {
    "exit": "exit_group",          # AIX exit() ends the process: Linux exit_group
    "waitpid": "wait4",            # same first three arguments
    "sigaction": "rt_sigaction",
    "sigprocmask": "rt_sigprocmask",
    "sigsuspend": "rt_sigsuspend",
    "sigpending": "rt_sigpending",
    "pread": "pread64",
    "pwrite": "pwrite64",
    "nsleep": "nanosleep",
    # glibc's send()/recv() are sendto()/recvfrom() with no address: the same
    # first four arguments (x86-64 Linux has no send or recv system call)
    "send": "sendto",
    "recv": "recvfrom",
    "llseek": "lseek",             # AIX's 64-bit-offset lseek: Linux's lseek is 64-bit
}

# `@@syscallx` takes AIX kernel entry point names.
KERNEL_TO_LINUX: dict[str, str] = {
    "kread": "read",
    "kwrite": "write",
    "kopen": "open",
    "klseek": "lseek",
    "kfork": "fork",
    "_exit": "exit_group",
    "accept1": "accept",
    "_getpid": "getpid",
    "_getppid": "getppid",
    "_getpriority": "getpriority",
    "_nsleep": "nanosleep",
    "_pause": "pause",
    "_poll": "poll",
    "_select": "select",
    "_sigaction": "rt_sigaction",
    "sigprocmask": "rt_sigprocmask",
    "_sigsuspend": "rt_sigsuspend",
    "kwaitpid": "wait4",
    "kioctl": "ioctl",
    "kfcntl": "fcntl",
    "kreadv": "readv",
    "kwritev": "writev",
    "kpread": "pread64",
    "kpwrite": "pwrite64",
}

# Linux syscall -> the libc name `@@syscall` wants (the printer's direction).
# send/recv/llseek are left out: sendto, recvfrom and lseek are libc names of their own.
LINUX_TO_LIBC: dict[str, str] = {linux: libc for libc, linux in LIBC_TO_LINUX.items()
                                 if libc not in ("send", "recv", "llseek")}

# ------------------------------------------------------------------ C types

# Integer C types (words sorted, `int` dropped where implied) -> IR type.
# AIX ProbeVue is 64-bit: long is 64 bits.
C_INT_TYPES: dict[str, Type] = {
    "char": Type("int", 8, False),  # plain char is unsigned in Vue (as in PowerPC C)
    "signed char": Type("int", 8, True),
    "unsigned char": Type("int", 8, False),
    "short": Type("int", 16, True),
    "unsigned short": Type("int", 16, False),
    "int": INT32,
    "unsigned int": UINT32,
    "long": INT64,
    "unsigned long": UINT64,
    "long long": INT64,
    "unsigned long long": UINT64,
}

# An IR type -> the Vue declaration type.
def vue_type_name(t: Type) -> str:
    """The C spelling Vue uses for an IR integer type (strings are declared apart)."""
    if t.ctype == "probev_timestamp_t":  # a timestamp() kept (frontends/vue/clocks.py)
        return "probev_timestamp_t"
    if t.bits <= 8:
        base = "char"
        if t.signed:
            return "signed char"  # plain char is unsigned in Vue
    elif t.bits <= 16:
        base = "short"
    elif t.bits <= 32:
        base = "int"
    else:
        base = "long long"
    return base if t.signed else f"unsigned {base}"


SIZEOF: dict[str, int] = {"char": 1, "short": 2, "int": 4, "long": 8, "long long": 8,
                          "probev_timestamp_t": 8, "pointer": 8}

# Length Vue declarations of strings get when the IR does not say.
DEFAULT_STRING_LEN = 128

TIMESTAMP_TYPE = INT64
STRING_TYPE = STRING
# The length trace() copies of a String declared without one: the runtime's string size.
STRING_DEFAULT_LENGTH = 128
