"""The nearest Vue probe for a Linux probe point Vue cannot say, for the refusal.

ProbeVue has no kernel function, tracepoint or perf event probes, and its
intervals are whole milliseconds. A refusal of such a point names what a porter
would reach for instead: the system call that leads to a kernel function, the
sysproc or io event nearest a tracepoint, the whole-millisecond interval nearest
a period. Each text completes "nearest: ..." and says what differs.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

from . import iomgr, sysproc, tables

# Built-ins Vue has no equivalent of -> the nearest Vue code, and what differs.
BUILTIN: dict[str, str] = {
    "walltimestamp": "timestamp(), a probev_timestamp_t: two of them apart with diff_time(), one "
                     "as a date with printf's %A; not a number of nanoseconds since 1970",
    "vtimestamp": "timestamp() and diff_time() between two probes of the thread (elapsed "
                  "time, which also counts the time the thread waits off its CPU: Vue has no "
                  "per-thread on-CPU clock, nor the scheduler's run time a stap port reads)",
    "argstr": "print_args() at the system call's entry (its arguments by the call's prototype, "
              "not stap's decoded text)",
    "backtrace": "stktrace() (it prints the stack; Vue cannot keep one as a value)",
    "stackdepth": "stktrace(), which prints the kernel stack's frames (Vue has no count of them)",
    "ustackdepth": "stktrace(GET_USER_TRACE, -1), which prints the frames on into user space "
                   "(Vue has no count of them)",
    "retstr": "a printf printing it whole at a plain %s, in a clause on syscalls of one "
              "return format (an if of two printfs: -__errno and its name from a table "
              "filled at @@BEGIN where the call failed, __rv else); Vue makes no string "
              "of a number to keep it as a value",
    "gid": "none (Vue's credentials are __uid and __euid; __curproc has no group id)",
    "egid": "none (Vue's credentials are __uid and __euid; __curproc has no group id)",
    "curthread": "__curthread and __curproc, whose members are AIX's (tid, pid, pri, ...), "
                 "not Linux's task_struct",
    "uaddr": "stktrace(), which prints where the thread is in user space (Vue's register "
             "variables, __r3 ... __r10 and __mst, are POWER's: no x86_64 program counter)",
}

# What Vue has nearest a function of D's or stap's it has not (the function's IR name).
FUNCTION: dict[str, str] = {
    "copyin": "copy_userdata(addr, var), into a variable of the type read, or "
              "get_userstring(addr, len) for the bytes as a string",
    "ctime": "printf's %A of timestamp() (Vue's date, in set_date_format()'s layout)",
    "pid2execname": "none (__pname is the current process's name; Vue names no other process)",
    "pid2task": "none (Vue reads the current process's __curproc only)",
    # D's progenyof(), stap's port of it (dtrace_progenyof: a walk up the parents)
    "progenyof": "__pid == PID || __ppid == PID, the process and its children (Vue reads no "
                 "ancestor above the parent, and has no loop to walk them)",
    "strtol": "atoi() of a decimal string (Vue has no other base)",
    "strtoll": "atoi() of a decimal string (Vue has no other base)",
    "tokenize": "strstr() to find a separator (Vue cuts no string apart)",
    "rand": "none (Vue has no random numbers)",
    "usymname": "stktrace(PRINT_SYMBOLS | GET_USER_TRACE, ...), which prints user frames "
                "by their symbols (Vue gives no symbol as a string)",
    "usymdata": "stktrace(PRINT_SYMBOLS | GET_USER_TRACE, ...), which prints user frames "
                "by their symbols (Vue gives no symbol as a string)",
}

# Kernel functions whose callers are one system call each (the VFS entry points).
_VFS_SYSCALL = {"vfs_read": "read", "vfs_write": "write", "vfs_readv": "readv",
                "vfs_writev": "writev", "vfs_open": "open", "vfs_fsync": "fsync",
                "vfs_unlink": "unlink", "vfs_mkdir": "mkdir", "vfs_rmdir": "rmdir",
                "vfs_rename": "rename", "vfs_statx": "stat", "vfs_truncate": "truncate",
                "vfs_fstat": "fstat", "vfs_getattr": "stat", "vfs_link": "link",
                "vfs_symlink": "symlink"}
# The prefixes of a system call's own kernel functions (x86-64's wrappers, the SYSCALL_DEFINE
# body, and the ksys_ helpers a system call is one caller of).
_SYSCALL_PREFIXES = ("__x64_sys_", "__ia32_sys_", "__do_sys_", "__se_sys_", "sys_", "ksys_")

# Tracepoints a sysproc or io event is near, with what differs.
_TRACEPOINT = {
    "sched:sched_process_fork": "none in the new process (sysproc has no fork event; "
                                "@@sysproc:threadcreate is a new thread of a process, "
                                "@@syscall:*:fork:exit the parent's return)",
    "sched:sched_wakeup": "none (sysproc has no wake-up event; @@sysproc:oncpu is the thread "
                          "coming onto a CPU)",
    "sched:sched_migrate_task": "none (sysproc's changecpu is AIX's; Linux has no sysproc event "
                                "for a migration)",
    # D's sched:::change-pri
    "sched:sched_pi_setprio": "none (AIX's @@sysproc:changepriority is a thread's every priority "
                              "change; Linux logs only one inherited through a PI lock, and "
                              "xtrace maps that event to none)",
}


def kernel_function(p: ir.ProbePoint) -> str:
    """Nearest Vue probe of a kernel function point: the system call it belongs to, when
    its name says which, else the system calls that reach it."""
    name = p.name
    syscall: Optional[str] = _VFS_SYSCALL.get(name)
    for prefix in _SYSCALL_PREFIXES:
        if syscall is None and name.startswith(prefix) and name[len(prefix):].isidentifier():
            syscall = name[len(prefix):]
    if p.alias in _NET_PROVIDERS:
        return _NET_PROVIDERS[p.alias]
    if p.alias == "proc:::exit":
        return "@@sysproc:exit:* (the exit of a process's main thread)"
    if p.alias == "proc:::start":
        return "none in the new process (sysproc has no event there; @@sysproc:execpass:* is each exec)"
    if syscall is None:
        return ("the @@syscall probe of a system call that reaches it (ProbeVue probes no kernel "
                "functions)")
    side = "exit" if p.is_return else "entry"
    return (f"@@syscall:*:{tables.LINUX_TO_LIBC.get(syscall, syscall)}:{side}, the system call "
            f"that reaches {name} (ProbeVue probes no kernel functions)")

# D's tcp, udp and ip provider probes (frontends/d/tcpprovider.py, udpprovider.py,
# ipprovider.py) -> ProbeVue's network probe manager event nearest each
# (frontends/vue/netmgr.py), or the system call
_NET_STATE = ("@@net:tcp:state_change (ProbeVue's network probe manager: __proto_info's "
              "old_state and new_state, in AIX's numbering, and its local_port and remote_port; "
              "no addresses, no tcp_state_string[]")
_NET_BPF = ("@@net:bpf:INTERFACE:ipv4:\"FILTER\" (ProbeVue's packet probe, a tcpdump filter over "
            "an interface's packets, which xtrace's Vue does not run: netmgr.py) for the ")
_NET_PROVIDERS = {
    "tcp:::state-change": _NET_STATE + ")",
    "tcp:::connect-request": _NET_STATE + "), where new_state is SYN_SENT (2): the state "
                                          "change, not the SYN itself (no tcpinfo_t)",
    "tcp:::connect-established": _NET_STATE + "), where old_state is SYN_SENT (2) and "
                                              "new_state ESTABLISHED (4) (no ipinfo_t or tcpinfo_t)",
    "tcp:::accept-established": _NET_STATE + "), where old_state is SYN_RECEIVED (3) and "
                                             "new_state ESTABLISHED (4) (no ipinfo_t or tcpinfo_t)",
    # (ProbeVue's packet probes take a tcpdump filter on an interface: not xtrace's)
    "tcp:::send": "@@syscall:*:send:entry (or write, sendto, sendmsg), the system call that "
                  "queues the data: its bytes, not each segment TCP sends (ProbeVue probes no "
                  "kernel functions)",
    "tcp:::receive": "@@syscall:*:recv:exit (or read, recvfrom, recvmsg), the system call that "
                     "takes the data: its bytes, not each segment TCP receives (ProbeVue probes "
                     "no kernel functions)",
    "tcp:::connect-refused": "@@syscall:*:connect:exit, the system call that fails with "
                             "ECONNREFUSED (errno 111 on Linux): no socket state, IP or TCP "
                             "header (ProbeVue probes no kernel functions)",
    "tcp:::accept-refused": _NET_BPF + "inbound segments answered by a reset (the host's own "
                                       "refusal has no system call)",
    "udp:::send": "@@syscall:*:sendto:entry (or send, sendmsg, write), the system call that "
                  "sends the datagram: its socket and bytes, no IP or UDP header (ProbeVue probes "
                  "no kernel functions)",
    "udp:::receive": "@@syscall:*:recvfrom:exit (or recv, recvmsg, read), the system call that "
                     "takes the datagram: its socket and bytes, no IP or UDP header (ProbeVue "
                     "probes no kernel functions)",
    "ip:::send": _NET_BPF + "outbound packets",
    "ip:::receive": _NET_BPF + "inbound packets",
}


def tracepoint(p: ir.ProbePoint) -> str:
    """Nearest Vue probe of a tracepoint: the sysproc or io event built on it (which then
    differs in its own condition), else a named substitute."""
    def same(tp: str) -> bool:  # stap may name a tracepoint without its system
        return p.name == tp or tp.endswith(":" + p.name)
    if p.alias in _NET_PROVIDERS:
        return _NET_PROVIDERS[p.alias]
    for ev, event in sysproc.EVENTS.items():
        if event.kind == "tracepoint" and same(event.tracepoint):
            return (f"@@sysproc:{ev}:* (the same tracepoint, limited to what that event "
                    "reports)")
    io = sorted(ev for ev, tp in iomgr.EVENTS.items() if same(tp))
    if io:
        return (f"@@io:disk:{io[-1]}:*:* (the same block request tracepoint; its facts are "
                "__iobuf->bcount, blknum, bflags and __diskinfo->name, not D's bufinfo_t)")
    full = next((tp for tp in _TRACEPOINT if same(tp)), "")
    return _TRACEPOINT.get(full, "none: ProbeVue has no tracepoints (sysproc and io events "
                                   "stand for a few)")


def interval(period_ns: int) -> str:
    """Nearest Vue interval of a period that is not whole milliseconds."""
    ms = max(1, round(period_ns / 1_000_000))
    return (f"@@interval:*:clock:{ms} (every {ms} ms: a rate of {1_000_000_000 / period_ns:.4g} "
            f"per second becomes {1000 / ms:.4g})")
