"""DTrace's translated provider arguments on Linux.

In DTrace, `args[]` of the stable providers are translated structures:
proc:::create's args[0] is a `psinfo_t *` (the child), io:::start's args[0]
a `bufinfo_t *`, args[1] a `devinfo_t *`, args[2] a `fileinfo_t *`. Here
each provider probe is a Linux tracepoint or kernel function
(probes.PROVIDER_TRACEPOINTS, PROVIDER_KFUNCS), and each member DTrace's
translator fills is rebuilt from that point's own arguments (`$child->tgid`
for pr_pid) as an IR expression; analysis then
checks it against the target kernel's BTF like any other member read. A
member whose fact the tracepoint does not carry is a compile error saying so.

Also the inline constants DTrace's /usr/lib/dtrace libraries define for these
arguments (B_READ, CLD_EXITED, SIGKILL, SSLEEP, AF_INET, ...).
"""

from __future__ import annotations

import errno as _errno
import signal as _signal
from dataclasses import dataclass
from typing import Callable, Optional, Union

from xtrace.ir import nodes as ir
from xtrace.ir import registers
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT64, UINT64

Build = Callable[[Loc], ir.Expr]


def _arg(name: str) -> Build:
    return lambda loc: ir.ProbeArg(name, loc=loc)


def _mem(base: Build, *path: str) -> Build:
    return lambda loc: ir.KernelMember(base(loc), list(path), loc=loc)


def _int(v: int) -> Build:
    return lambda loc: ir.IntLit(v, loc=loc)


def _bin(op: str, a: Build, b: Build) -> Build:
    return lambda loc: ir.Binary(op, a(loc), b(loc), loc=loc)


def _neg(a: Build) -> Build:
    return lambda loc: ir.Unary("-", a(loc), loc=loc)


def _cond(c: Build, t: Build, e: Build) -> Build:
    return lambda loc: ir.Ternary(c(loc), t(loc), e(loc), loc=loc)


def _uintptr(a: Build) -> Build:
    return lambda loc: ir.Cast(UINT64, a(loc), loc=loc, spelling="uintptr_t")


def _str(v: str) -> Build:
    return lambda loc: ir.StrLit(v, loc=loc)


def _call(name: str, *args: Build) -> Build:
    return lambda loc: ir.Call(name, [a(loc) for a in args], loc=loc)


def _curthread(loc: Loc) -> ir.Expr:
    return ir.Builtin("curthread", loc=loc)


@dataclass(frozen=True)
class Struct:
    """A pointer to a translated structure: the members Linux can fill."""

    ctype: str                     # DTrace's type, "psinfo_t *"
    members: dict[str, Build]
    known: frozenset[str]          # every member DTrace's type has
    lacking: str                   # what the tracepoint carries (why the others are missing)


@dataclass(frozen=True)
class Plain:
    """An argument that is a plain value (a signal number, an exit reason)."""

    ctype: str
    value: Build


Arg = Union[Struct, Plain]

# ------------------------------------------------------------------ types

_PSINFO = frozenset({
    "pr_flag", "pr_nlwp", "pr_pid", "pr_ppid", "pr_pgid", "pr_sid", "pr_uid", "pr_euid",
    "pr_gid", "pr_egid", "pr_addr", "pr_size", "pr_rssize", "pr_ttydev", "pr_pctcpu",
    "pr_pctmem", "pr_start", "pr_time", "pr_ctime", "pr_fname", "pr_psargs", "pr_wstat",
    "pr_argc", "pr_argv", "pr_envp", "pr_dmodel", "pr_taskid", "pr_projid", "pr_nzomb",
    "pr_poolid", "pr_zoneid", "pr_contract", "pr_lwp",
})
_LWPSINFO = frozenset({
    "pr_flag", "pr_lwpid", "pr_addr", "pr_wchan", "pr_stype", "pr_state", "pr_sname",
    "pr_nice", "pr_syscall", "pr_oldpri", "pr_cpu", "pr_pri", "pr_pctcpu", "pr_start",
    "pr_time", "pr_clname", "pr_name", "pr_onpro", "pr_bindpro", "pr_bindpset", "pr_lgrp",
})
_BUFINFO = frozenset({
    "b_flags", "b_bcount", "b_addr", "b_blkno", "b_lblkno", "b_resid", "b_bufsize",
    "b_iodone", "b_error", "b_edev",
})
_DEVINFO = frozenset({"dev_major", "dev_minor", "dev_instance", "dev_name", "dev_statname",
                      "dev_pathname"})
_FILEINFO = frozenset({"fi_name", "fi_dirname", "fi_pathname", "fi_offset", "fi_fs",
                       "fi_mount", "fi_oflags"})
_CPUINFO = frozenset({"cpu_id", "cpu_pset", "cpu_chip", "cpu_lgrp", "cpu_info"})
_SIGINFO = frozenset({"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status",
                      "si_addr", "si_value", "si_band"})


# curpsinfo's effective ids, the current task's cred members, which D has no
# built-in variable for (pr_uid and pr_gid are D's uid and gid): stap's euid() and
# egid() read the same (current_euid() ...), and the current task's cred is always
# there to read (the members cannot fault)
CURRENT_CREDENTIALS = {"curpsinfo->pr_euid": "euid", "curpsinfo->pr_egid": "egid"}


def _psinfo(task: Build, lacking: str) -> Struct:
    cred = _mem(task, "cred")
    return Struct("psinfo_t *", {
        "pr_pid": _mem(task, "tgid"),
        "pr_ppid": _mem(_mem(task, "real_parent"), "tgid"),
        "pr_fname": _mem(task, "comm"),
        "pr_uid": _mem(cred, "uid", "val"),
        "pr_euid": _mem(cred, "euid", "val"),
        "pr_gid": _mem(cred, "gid", "val"),
        "pr_egid": _mem(cred, "egid", "val"),
        "pr_nlwp": _mem(_mem(task, "signal"), "nr_threads"),
        "pr_pgid": _call("task_info", task, _int(0)),
        "pr_sid": _call("task_info", task, _int(1)),
        # The arguments from the task's own memory (runtime/xt_kinfo.h: the
        # current process or a child it forks; the command name for others).
        "pr_psargs": _call("psargs", task),
        # Linux has neither zones nor projects: every process is in the global
        # zone (0) and project 0, as zonename is "global".
        "pr_zoneid": _int(0),
        "pr_projid": _int(0),
        # As dtrace-utils' psinfo_t translator gives them on Linux: the task's kernel
        # address (the process's, as Solaris's proc_t), no task, pool or contract (0),
        # no zombie lwps, a wait status only for a zombie (0 for a live task), and
        # the 64-bit data model (PR_MODEL_LP64, 2). (pr_argc, pr_argv and pr_envp
        # it leaves out; so does this.)
        "pr_addr": _uintptr(task),
        # the controlling terminal's tty_struct, -1 without one (as dtrace-utils)
        "pr_ttydev": _cond(_mem(_mem(task, "signal"), "tty"),
                           _uintptr(_mem(_mem(task, "signal"), "tty")), _int(-1)),
        "pr_wstat": _int(0),
        "pr_dmodel": _int(2),
        "pr_taskid": _int(0),
        "pr_nzomb": _int(0),
        "pr_poolid": _int(0),
        "pr_contract": _int(0),
    }, _PSINFO, lacking)


# procfs.d's lwp states, and the letter ps(1) shows for each (pr_sname)
_SSLEEP, _SRUN, _SZOMB, _SSTOP, _SIDL, _SONPROC, _SWAIT = range(1, 8)
_STATE_LETTER = {_SSLEEP: "S", _SRUN: "R", _SZOMB: "Z", _SSTOP: "T", _SONPROC: "O", _SWAIT: "W"}


def _task_state(task: Build, value: Callable[[int], Build]) -> Build:
    """Solaris's lwp state of a Linux task (`value` turns a state into what the
    member holds): an exit_state (EXIT_ZOMBIE, EXIT_DEAD) or TASK_DEAD is a
    zombie; TASK_INTERRUPTIBLE/UNINTERRUPTIBLE (with TASK_IDLE, TASK_KILLABLE,
    TASK_PARKED, TASK_RTLOCK_WAIT) a sleep; __TASK_STOPPED/__TASK_TRACED a stop;
    TASK_WAKING a wait to run; TASK_RUNNING is SONPROC while the task is on a
    CPU (on_cpu) and SRUN while it waits on its run queue."""
    state = _mem(task, "__state")

    def has(bits: int) -> Build:
        return _bin("!=", _bin("&", state, _int(bits)), _int(0))
    return _cond(_bin("!=", _mem(task, "exit_state"), _int(0)), value(_SZOMB),
                 _cond(has(0x80), value(_SZOMB),
                       _cond(has(0x1 | 0x2 | 0x40 | 0x1000), value(_SSLEEP),
                             _cond(has(0x4 | 0x8), value(_SSTOP),
                                   _cond(has(0x200), value(_SWAIT),
                                         _cond(_mem(task, "on_cpu"), value(_SONPROC),
                                               value(_SRUN)))))))


def _lwpsinfo(task: Build, lacking: str) -> Struct:
    return Struct("lwpsinfo_t *", {
        "pr_state": _task_state(task, _int),
        "pr_sname": _task_state(task, lambda st: _int(ord(_STATE_LETTER[st]))),
        "pr_lwpid": _mem(task, "pid"),
        # the thread's kernel address (Solaris's kthread_t, Linux's task_struct), as
        # dtrace-utils' translator gives it: a key naming the thread
        "pr_addr": _uintptr(task),
        "pr_pri": _mem(task, "prio"),
        "pr_name": _mem(task, "comm"),
        # Solaris counts nice from 0 (NZERO 20 is nice 0); static_prio is 120 + nice.
        "pr_nice": _bin("-", _mem(task, "static_prio"), _int(100)),
    }, _LWPSINFO, lacking)


# fileinfo_t member -> its number in runtime/xt_kinfo.h (XT_FI_*)
_FI_STR = {"fi_name": 0, "fi_dirname": 1, "fi_pathname": 2, "fi_fs": 3, "fi_mount": 4}
_FI_INT = {"fi_offset": 5, "fi_oflags": 6}


def _fileinfo(ptr: Build, kind: int, lacking: str, mount: bool = True) -> Struct:
    """fileinfo_t of a struct file * (kind 0) or a block request's file (kind 1)."""
    members: dict[str, Build] = {m: _call("fileinfo_str", ptr, _int(kind), _int(w))
                                 for m, w in _FI_STR.items() if mount or m != "fi_mount"}
    members.update({m: _call("fileinfo_int", ptr, _int(kind), _int(w))
                    for m, w in _FI_INT.items() if kind == 0 or m != "fi_oflags"})
    return Struct("fileinfo_t *", members, _FILEINFO, lacking)



_SIGINFO_MEMBERS = {
    "si_signo": ("si_signo",), "si_code": ("si_code",), "si_errno": ("si_errno",),
    "si_pid": ("_sifields", "_kill", "_pid"), "si_uid": ("_sifields", "_kill", "_uid"),
}

# Linux's REQ_OP_WRITE is 1 in the low REQ_OP_BITS (8) of cmd_flags; DTrace's io.d
# says B_READ 0x40, B_WRITE 0x100, B_PHYS 0x20, B_ASYNC 0x400 (and REQ_SYNC 0x800,
# the kernel's 1 << __REQ_SYNC).
_B_READ, _B_WRITE, _B_PHYS, _B_ASYNC = 0x40, 0x100, 0x20, 0x400
_REQ_SYNC = 0x800


def _bufinfo(lacking: str) -> Struct:
    rq = _arg("rq")
    is_write = _bin("==", _bin("&", _mem(rq, "cmd_flags"), _int(0xFF)), _int(1))
    return Struct("bufinfo_t *", {
        "b_bcount": _mem(rq, "__data_len"),
        "b_blkno": _mem(rq, "__sector"),
        "b_lblkno": _mem(rq, "__sector"),
        # Oracle's io.d (dlibs/x86_64/6.10): B_WRITE or B_READ, B_ASYNC unless the
        # request is REQ_SYNC, and B_PHYS unless bit 6 of the bio's bi_flags is set
        # (BIO_USER_MAPPED when io.d was written; the kernel dropped that flag in
        # 2020, and the bit is another one now): B_PHYS here
        "b_flags": _bin("|", _bin("|", _cond(is_write, _int(_B_WRITE), _int(_B_READ)),
                                  _cond(_bin("&", _mem(rq, "cmd_flags"), _int(_REQ_SYNC)),
                                        _int(0), _int(_B_ASYNC))),
                        _int(_B_PHYS)),
        # the members io.d gives a bio as constants (the block layer keeps no error,
        # residue or buffer address in it): iotypes.d's `b_error != 0 ?` test reads
        # "Success" there
        "b_error": _int(0),
        "b_resid": _int(0),
        "b_addr": _int(0),
        "b_bufsize": _mem(rq, "__data_len"),
        # the kernel's dev_t of the disk (MKDEV: the minor in the low 20 bits)
        "b_edev": _bin("|", _bin("<<", _mem(_mem(_mem(rq, "q"), "disk"), "major"), _int(20)),
                       _mem(_mem(_mem(rq, "q"), "disk"), "first_minor")),
    }, _BUFINFO, lacking)


def _iomap():
    from xtrace.frontends import iomap  # (it builds on the IR only; imported late as
    return iomap                         # frontends/d/ioprovider_back.py imports both)


def _devinfo(lacking: str) -> Struct:
    disk = _mem(_mem(_arg("rq"), "q"), "disk")
    return Struct("devinfo_t *", {
        "dev_major": _mem(disk, "major"),
        "dev_minor": _mem(disk, "first_minor"),
        "dev_statname": _mem(disk, "disk_name"),
        # Oracle's io.d: the name the disk's driver registered for its major ("loop",
        # "sd", "virtblk"), from the kernel's major_names table; the disk's own name
        # ("loop0") is dev_statname
        "dev_name": lambda loc: _iomap().driver_name(_mem(disk, "major")(loc), loc),
        # Oracle's io.d gives a bio of a block device these two as constants (its
        # tests expect "<unknown>" for every device but NFS): richardelling's
        # bigrwtime.d keys its slow devices by dev_pathname
        "dev_instance": _int(0),
        "dev_pathname": _str("<unknown>"),
    }, _DEVINFO, lacking)


def _exit_reason() -> Build:
    # do_exit() stores the wait status in exit_code before taskstats_exit(): a signal
    # number in the low 7 bits (0x80: core dumped), else the exit status << 8.
    code = _mem(_arg("tsk"), "exit_code")
    return _cond(_bin("==", _bin("&", code, _int(0x7F)), _int(0)), _int(1),
                 _cond(_bin("!=", _bin("&", code, _int(0x80)), _int(0)), _int(3), _int(2)))


_FORK = "sched_process_fork carries the parent and child tasks"
_RUNQ = "the scheduling class's enqueue/dequeue hook gets the run queue, the task and flags"
# Linux's ENQUEUE_HEAD (kernel/sched/sched.h, 0x10 from 6.1 to 6.12): the task goes
# to the front of its queue, as DTrace's enqueue args[3] says.
_ENQUEUE_HEAD = 0x10


def _runq(enqueue: bool) -> dict[int, Arg]:
    task = _arg("p")
    args: dict[int, Arg] = {
        0: _lwpsinfo(task, _RUNQ), 1: _psinfo(task, _RUNQ),
        # a task is moved to its run queue's CPU before it is enqueued there
        2: Struct("cpuinfo_t *", {"cpu_id": _mem(task, "thread_info", "cpu")}, _CPUINFO, _RUNQ)}
    if enqueue:
        args[3] = Plain("int", _bin("!=", _bin("&", _arg("flags"), _int(_ENQUEUE_HEAD)), _int(0)))
    return args

def _int64(a: Build) -> Build:
    return lambda loc: ir.Cast(INT64, a(loc), loc=loc, spelling="int64_t")


_SETPRIO = "sched_pi_setprio carries the task and the waiter it inherits a priority from"


def _new_prio() -> Build:
    # The priority sched_pi_setprio's own newprio field records: the task's normal
    # one, or its top waiter's when that one is higher (a lower number), as
    # rt_mutex_setprio() is about to set it. The tracepoint fires before the store,
    # so args[0]->pr_pri is still the old one, as DTrace's guide says of change-pri.
    normal = _mem(_arg("tsk"), "normal_prio")
    waiter = _mem(_arg("pi_task"), "prio")
    return _cond(_bin("!=", _arg("pi_task"), _int(0)),
                 _cond(_bin("<", waiter, normal), waiter, normal), normal)


# DTrace's raw argN at the provider probes whose arguments are not the kernel
# function's own: Oracle's sched provider (dt_prov_sched.c's trampoline) moves
# the task, the hooks' second argument, into arg0 of enqueue and dequeue, stores
# 0 in arg1 and keeps only ENQUEUE_HEAD of enqueue's flags in arg2, so that
# runqlat.d's `ts[arg0]` at enqueue is the `ts[(int64_t)curthread]` of on-cpu.
RAW_ARGS: dict[str, dict[int, Build]] = {
    "sched:::enqueue": {0: _int64(_arg("p")), 1: _int(0),
                        2: _bin("&", _arg("flags"), _int(_ENQUEUE_HEAD))},
    "sched:::dequeue": {0: _int64(_arg("p")), 1: _int(0), 2: _arg("flags")},
    # Solaris's DTRACE_SCHED2(change__pri, kthread_t *, t, pri_t, pri): the thread
    # and the new priority, which its translators make args[0..1] and args[2]
    "sched:::change-pri": {0: _int64(_arg("tsk")), 1: _new_prio()},
}


def raw_arg(aliases: list[str], index: int, loc: Loc) -> Optional[ir.Expr]:
    """The IR for DTrace's `argN` (N = `index`) in a clause on the provider probes
    `aliases` whose raw arguments RAW_ARGS gives, or None (argN is then the kernel
    function's, or the tracepoint's, argument N)."""
    builds = [RAW_ARGS.get(a, {}).get(index) for a in aliases]
    if not builds or any(b is None for b in builds):
        return None
    values = [b(loc) for b in builds]
    if any(v != values[0] for v in values):
        return None
    return ir.Translated(f"arg{index}", values[0], loc=loc)


_WAKE = "sched_waking carries the task being woken"
_SWITCH = "sched_switch carries the outgoing and incoming tasks"

_SIGGEN = "signal_generate carries the signal, its siginfo and the target task"
_BLOCK = "block_rq_issue/block_rq_complete carry the block request, not the file it serves"
# xt_kinfo.h finds the file of a request from the page cache page it reads or writes:
# its inode and a name of it, but not the mount it was opened on nor how.
_BLOCK_FILE = ("a block request reaches its file through a page cache page: the file's "
               "name and file system, not the mount it was opened through nor its open flags")

# provider probe (as probes.PROVIDER_TRACEPOINTS/PROVIDER_KFUNCS name it) -> args[] index -> what it is
PROBE_ARGS: dict[str, dict[int, Arg]] = {
    "proc:::create": {0: _psinfo(_arg("child"), _FORK)},
    "proc:::lwp-create": {0: _lwpsinfo(_arg("child"), _FORK), 1: _psinfo(_arg("child"), _FORK)},
    "proc:::start": {},
    "proc:::lwp-start": {},
    "proc:::exit": {0: Plain("int", _exit_reason())},
    "proc:::lwp-exit": {},
    "sched:::enqueue": _runq(True),
    "sched:::dequeue": _runq(False),
    # DTrace: the thread being woken and its process.
    "sched:::wakeup": {0: _lwpsinfo(_arg("p"), _WAKE), 1: _psinfo(_arg("p"), _WAKE)},
    # DTrace: the thread whose priority changes, its process and the new priority.
    # Linux logs a change of the priority a task runs at only where it inherits one
    # (or gives it back) through a PI futex or rt_mutex; nice(2) and
    # sched_setscheduler(2) change the nice value or policy and fire nothing.
    "sched:::change-pri": {0: _lwpsinfo(_arg("tsk"), _SETPRIO), 1: _psinfo(_arg("tsk"), _SETPRIO),
                           2: Plain("pri_t", _new_prio())},
    # DTrace: the thread about to run (the incoming one) and its process.
    "sched:::off-cpu": {0: _lwpsinfo(_arg("next"), _SWITCH), 1: _psinfo(_arg("next"), _SWITCH)},
    # DTrace: the path of the new image, as exec was given it
    "proc:::exec": {0: Plain("string", _call("kernel_string", _mem(_arg("bprm"), "filename")))},
    "proc:::exec-success": {},
    # DTrace: the errno of the failed exec (the system call returned -errno)
    "proc:::exec-failure": {0: Plain("int", _neg(_arg("ret")))},
    "proc:::signal-send": {
        0: _lwpsinfo(_arg("task"), _SIGGEN),
        1: _psinfo(_arg("task"), _SIGGEN),
        2: Plain("int", lambda loc: ir.ProbeArg("sig", loc=loc)),
    },
    "proc:::signal-handle": {
        0: Plain("int", lambda loc: ir.ProbeArg("sig", loc=loc)),
        1: Struct("siginfo_t *", {m: _mem(_arg("info"), *p) for m, p in _SIGINFO_MEMBERS.items()},
                  _SIGINFO, "signal_deliver carries the kernel's siginfo"),
        2: Plain("void (*)(void)", _mem(_arg("ka"), "sa", "sa_handler")),
    },
    "io:::start": {0: _bufinfo(_BLOCK), 1: _devinfo(_BLOCK),
                   2: _fileinfo(_arg("rq"), 1, _BLOCK_FILE, mount=False)},
    "io:::done": {0: _bufinfo(_BLOCK), 1: _devinfo(_BLOCK),
                  2: _fileinfo(_arg("rq"), 1, _BLOCK_FILE, mount=False)},
}

_CURRENT_LACK = "Linux keeps no such fact about a task"
# D's built-in translated variables: the current process and thread.
CURRENT: dict[str, Struct] = {
    "curpsinfo": _psinfo(_curthread, _CURRENT_LACK),
    "curlwpsinfo": Struct("lwpsinfo_t *", {
        **_lwpsinfo(_curthread, _CURRENT_LACK).members,
        "pr_onpro": lambda loc: ir.Builtin("cpu", loc=loc),
    }, _LWPSINFO, _CURRENT_LACK),
    # Oracle's Linux DTrace documents cpu_pset and cpu_lgrp as not supported; the
    # chip and the processor_info of Solaris have no one kernel field behind them
    "curcpu": Struct("cpuinfo_t *", {"cpu_id": lambda loc: ir.Builtin("cpu", loc=loc)}, _CPUINFO,
                     "xtrace fills cpu_id only (Linux has no processor sets or locality "
                     "groups)"),
}


def _nearest_member(member: str, spec: Struct) -> str:
    """"; nearest: NAME" for the member of `spec` whose name is closest to `member`
    (FreeBSD's struct bio `bio_bcount` where bufinfo_t has `b_bcount`: the
    DTraceToolkit's FreeBSD spasync.d), "" when none is close."""
    import difflib
    close = difflib.get_close_matches(member, sorted(spec.known), n=1, cutoff=0.75)
    return f"; nearest: {close[0]}" if close else ""


def _member(spec: Struct, text: str, member: str, loc: Loc) -> ir.Expr:
    name = spec.ctype.rstrip(" *")
    if member not in spec.known:
        raise TranslatorError(f"{member} is not a member of {name}{_nearest_member(member, spec)}")
    build = spec.members.get(member)
    if build is None:
        raise TranslatorError(f"{name} member {member} is not available on Linux: {spec.lacking}")
    return ir.Translated(f"{text}{member}", build(loc), loc=loc)


def current(name: str, member: Optional[str], loc: Loc) -> ir.Expr:
    """`curpsinfo->member` / `curlwpsinfo->member` (member None: the bare pointer,
    an error: xtrace translates members only)."""
    spec = CURRENT[name]
    if member is None:
        raise TranslatorError(f"{name} is a {spec.ctype}: xtrace translates its members "
                              f"({name}->member), not the pointer")
    return _member(spec, f"{name}->", member, loc)


def zonename(loc: Loc) -> ir.Expr:
    """D's `zonename`: Linux has no Solaris zones; everything runs in the global one."""
    return ir.Translated("zonename", ir.StrLit("global", loc=loc), loc=loc)


def cwd(loc: Loc) -> ir.Expr:
    """D's `cwd`: the current process's working directory (runtime/xt_kinfo.h)."""
    return ir.Translated("cwd", _call("fileinfo_str", _int(0), _int(2), _int(_FI_STR["fi_pathname"]))(loc),
                         loc=loc)


_FDS_LACK = "the file a descriptor refers to"


def fds(fd: ir.Expr, fd_text: str, member: Optional[str], loc: Loc) -> ir.Expr:
    """`fds[fd].member`: fileinfo_t of the current process's descriptor `fd`
    (DTrace's io.d inline fds[], runtime/xt_kinfo.h)."""
    if member is None:
        raise TranslatorError("fds[] is an array of fileinfo_t: xtrace translates its members "
                              "(fds[fd].member), not the structure")
    file = lambda l: ir.Call("fd_file", [_curthread(l), fd], loc=l)  # noqa: E731
    return _member(_fileinfo(file, 0, _FDS_LACK), f"fds[{fd_text}].", member, loc)


class TranslatorError(ValueError):
    """A bad use of a translated argument; the message is the whole explanation."""


def provider_arg(aliases: list[str], index: int, member: Optional[str],
                 loc: Loc) -> Optional[ir.Expr]:
    """The IR for `args[index]` (member None) or `args[index]->member` in a clause
    whose probes are the provider probes `aliases`; None when no probe of the
    clause is a translated provider probe (args[N] is then the raw argument N).
    Raises TranslatorError when DTrace's argument has no Linux counterpart."""
    known = [a for a in aliases if a in PROBE_ARGS]
    if not known:
        return None
    if len(known) != len(aliases):
        raise TranslatorError("args[] of a provider probe cannot be used in a clause that "
                              "also has other kinds of probes")
    specs = [PROBE_ARGS[a].get(index) for a in known]
    if any(s is None for s in specs):
        which = next(a for a, s in zip(known, specs) if s is None)
        # (tcp:::state-change has args[1], args[3] and args[5]: the others are void)
        raise TranslatorError(f"{which} has no args[{index}] (its arguments: "
                              f"{', '.join(f'args[{i}]' for i in sorted(PROBE_ARGS[which])) or 'none'})")
    spec = specs[0]
    if any(s != spec and (type(s) is not type(spec) or s.ctype != spec.ctype) for s in specs):
        raise TranslatorError(f"args[{index}] is not of the same type in every probe of this clause")
    text = f"args[{index}]" + (f"->{member}" if member else "")
    if isinstance(spec, Plain):
        if member is not None:
            article = "an" if spec.ctype[0] in "aeiou" else "a"
            raise TranslatorError(f"args[{index}] of {known[0]} is {article} {spec.ctype}, not a pointer "
                                  f"to a structure: '->{member}' does not apply")
        return ir.Translated(text, spec.value(loc), loc=loc)
    if member is None:
        raise TranslatorError(f"args[{index}] of {known[0]} is a {spec.ctype}: xtrace "
                              f"translates its members (args[{index}]->member), not the pointer")
    name = spec.ctype.rstrip(" *")
    if member not in spec.known:
        raise TranslatorError(f"{member} is not a member of {name}{_nearest_member(member, spec)}")
    builders = [s.members.get(member) for s in specs]  # type: ignore[union-attr]
    if any(b is None for b in builders):
        lacking = next(s for s in specs if member not in s.members)  # type: ignore[union-attr]
        raise TranslatorError(f"{name} member {member} is not available on Linux: "
                              f"{lacking.lacking}")  # type: ignore[union-attr]
    return ir.Translated(text, builders[0](loc), loc=loc)


# ------------------------------------------------------------ constants

def _signals() -> dict[str, int]:
    return {s.name: int(s.value) for s in _signal.Signals if not s.name.startswith("SIG_")}


def _errnos() -> dict[str, int]:
    """errno.d's names (EPERM, EACCES, ...) with Linux's values, which `errno` and
    the system calls' failed returns carry."""
    return {n: v for n, v in vars(_errno).items() if n.startswith("E") and isinstance(v, int)}


# The open flags of io.d (Linux's values, as the kernel keeps them in f_flags;
# O_LARGEFILE is the kernel's, which glibc's 64-bit headers define as 0).
_OPEN_FLAGS: dict[str, int] = {
    "O_RDONLY": 0, "O_WRONLY": 0o1, "O_RDWR": 0o2, "O_ACCMODE": 0o3, "O_CREAT": 0o100,
    "O_EXCL": 0o200, "O_NOCTTY": 0o400, "O_TRUNC": 0o1000, "O_APPEND": 0o2000,
    "O_NONBLOCK": 0o4000, "O_NDELAY": 0o4000, "O_DSYNC": 0o10000, "O_DIRECT": 0o40000,
    "O_LARGEFILE": 0o100000, "O_DIRECTORY": 0o200000, "O_NOFOLLOW": 0o400000,
    "O_NOATIME": 0o1000000, "O_CLOEXEC": 0o2000000, "O_SYNC": 0o4010000, "O_RSYNC": 0o4010000,
}

# The inline constants of DTrace's errno.d, io.d, net.d, proc.d, procfs.d and signal.d libraries.
CONSTANTS: dict[str, int] = {
    **_OPEN_FLAGS,
    "B_BUSY": 0x1, "B_DONE": 0x2, "B_ERROR": 0x4, "B_PAGEIO": 0x10, "B_PHYS": 0x20,
    "B_READ": _B_READ, "B_WRITE": _B_WRITE, "B_ASYNC": 0x400,
    "CLD_EXITED": 1, "CLD_KILLED": 2, "CLD_DUMPED": 3,
    # procfs.d's lwp states (pr_state)
    "SSLEEP": _SSLEEP, "SRUN": _SRUN, "SZOMB": _SZOMB, "SSTOP": _SSTOP, "SIDL": _SIDL,
    "SONPROC": _SONPROC, "SWAIT": _SWAIT,
    # net.d's address families, with Linux's values (sockaddr's sa_family)
    "AF_INET": 2, "AF_INET6": 10,
    **_signals(),
    **_errnos(),
    # regs.d's register numbers, uregs[]'s indexes
    **registers.D_CONSTANTS,
}

# the tcp provider's arguments and tcp.d's constants (a module of their own, which
# builds on the helpers above)
from .tcpprovider import ARGS as _TCP_ARGS, CONSTANTS as _TCP_CONSTANTS  # noqa: E402
PROBE_ARGS.update(_TCP_ARGS)
CONSTANTS.update(_TCP_CONSTANTS)
# the udp and ip providers' (which build on the tcp provider's ipinfo_t)
from .udpprovider import ARGS as _UDP_ARGS  # noqa: E402
from .ipprovider import ARGS as _IP_ARGS, CONSTANTS as _IP_CONSTANTS  # noqa: E402
PROBE_ARGS.update(_UDP_ARGS)
PROBE_ARGS.update(_IP_ARGS)
CONSTANTS.update(_IP_CONSTANTS)
