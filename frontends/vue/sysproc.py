"""The sysproc probe manager on Linux: `@@sysproc:EVENT:PID|*` <-> tracepoints.

AIX's sysproc events are process and thread life-cycle and signal events. The
ones a Linux tracepoint reports with the same facts are mapped (oncpu, for want of
a tracepoint in the incoming thread, to a kprobe; forkfail and execfail to the
failing exits of the system calls); each may add an
implied condition (AIX `exit` is a process's exit, Linux `sched_process_exit`
fires for every thread), which becomes the first conjunct of the clause's
predicate, followed by the PID field's filter. The printer peels exactly those
conjuncts off again, so that Vue -> IR -> Vue is the identity.
"""

from __future__ import annotations

import fnmatch

from dataclasses import dataclass
from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

CLONE_THREAD = 0x00010000


@dataclass(frozen=True)
class Event:
    """One sysproc event: its tracepoint, the condition it adds and what its PID field filters."""

    tracepoint: str  # the tracepoint, or the kernel function when kind is "kfunc"
    implied: Optional[Callable[[Loc], ir.Expr]] = None
    # The pid the PID field is compared with (default: the current process, __pid).
    pid_of: Optional[Callable[[Loc], ir.Expr]] = None
    # "kfunc" where no tracepoint fires in the right thread; "syscall" (exits) where the
    # event is a failing system call
    kind: str = "tracepoint"
    is_return: bool = False
    more: tuple[str, ...] = ()  # further system calls the event stands for

    @property
    def names(self) -> tuple[str, ...]:
        return (self.tracepoint,) + self.more


def _is_leader(at: Loc) -> ir.Expr:
    return ir.Binary("==", ir.Builtin("tid", loc=at), ir.Builtin("pid", loc=at), loc=at)


def _not_leader(at: Loc) -> ir.Expr:
    return ir.Binary("!=", ir.Builtin("tid", loc=at), ir.Builtin("pid", loc=at), loc=at)


def _thread_clone(at: Loc) -> ir.Expr:
    flags = ir.Binary("&", ir.ProbeArg("clone_flags", loc=at), ir.IntLit(CLONE_THREAD, loc=at), loc=at)
    return ir.Binary("!=", flags, ir.IntLit(0, loc=at), loc=at)


def _failed(at: Loc) -> ir.Expr:
    return ir.Binary("!=", ir.Builtin("errno", loc=at), ir.IntLit(0, loc=at), loc=at)


def _receiver(at: Loc) -> ir.Expr:
    return ir.KernelMember(ir.ProbeArg("task", loc=at), ["tgid"], loc=at)


EVENTS: dict[str, Event] = {
    # in the new image, after a successful exec (__pname is the new program's)
    "execpass": Event("sched:sched_process_exec"),
    # in the exiting process: its main thread's exit
    "exit": Event("sched:sched_process_exit", _is_leader),
    # in the exiting thread, for threads other than the main one
    "threadterminate": Event("sched:sched_process_exit", _not_leader),
    # in the creating thread, when the new task shares its process (CLONE_THREAD)
    "threadcreate": Event("task:task_newtask", _thread_clone),
    # in the sender; the PID field names the process the signal is sent to
    "sendsig": Event("signal:signal_generate", pid_of=_receiver),
    # in the receiving thread, as the signal is delivered to it
    "sigdispatch": Event("signal:signal_deliver"),
    # in the process whose exec failed, as the system call returns its error; no
    # tracepoint reports a failed exec
    "execfail": Event("execve", _failed, kind="syscall", is_return=True, more=("execveat",)),
    # in the process whose fork failed, as the system call returns its error (glibc's
    # fork() is clone, posix_spawn() clone3; a failing pthread_create() counts too, as
    # Linux creates threads with the same calls)
    "forkfail": Event("clone", _failed, kind="syscall", is_return=True, more=("clone3", "fork", "vfork")),
    # in the thread leaving the CPU (sched_switch runs before the switch, in the outgoing task)
    "offcpu": Event("sched:sched_switch"),
    # in the thread coming onto the CPU: finish_task_switch() runs in it once the switch is
    # done (a glob: compilers name it finish_task_switch.isra.0 and the like), as D's
    # sched:::on-cpu
    "oncpu": Event("finish_task_switch*", kind="kfunc"),
}

# AIX sysproc events xtrace does not map, and the Linux probe nearest to each.
NEAREST: dict[str, str] = {
    "threadexcept": "the exceptions:page_fault_user tracepoint",
    "sigqueue": "the signal:signal_generate tracepoint (@@sysproc:sendsig)",
    "sighandlestart": "the signal:signal_deliver tracepoint (@@sysproc:sigdispatch)",
    "sighandlefinish": "@@syscall:*:rt_sigreturn:entry",
    "changepriority": "the sched:sched_pi_setprio tracepoint",
    "onreadyq": "the sched:sched_wakeup tracepoint",
    "offreadyq": "the sched:sched_switch tracepoint",
    "dispatch": "the sched:sched_switch tracepoint (@@sysproc:offcpu and @@sysproc:oncpu)",
    "blockthread": "the sched:sched_switch tracepoint (@@sysproc:offcpu)",
    "foldcpu": "none (AIX virtual processor folding)",
    "bindprocessor": "the sched:sched_migrate_task tracepoint",
    "changecpu": "the sched:sched_migrate_task tracepoint",
    "resourceattach": "none (AIX resource sets)",
    "resourcedetach": "none (AIX resource sets)",
    "drphasestart": "none (AIX dynamic reconfiguration)",
    "drphaseend": "none (AIX dynamic reconfiguration)",
}

# `__sigsendinfo->MEMBER` in a sendsig clause -> the signal_generate argument.
SIGSEND_MEMBERS: dict[str, str] = {"signo": "sig"}


def is_event_point(point: ir.ProbePoint) -> bool:
    """Whether a probe point is the one some sysproc event lowers to."""
    return any(_matches(ev, point) for ev in EVENTS.values())


def _matches(ev: Event, point: ir.ProbePoint) -> bool:
    if ev.kind == "kfunc" and point.kind == "kfunc" and not point.is_return:
        # a function the event's glob names: stap's scheduler.cpu_on probes
        # finish_task_switch and finish_task_switch.isra.0, the oncpu event both at once
        return any(fnmatch.fnmatchcase(point.name, n) for n in ev.names)
    return ev.kind == point.kind and point.name in ev.names and point.is_return == ev.is_return


def covers(event: str, points: list[ir.ProbePoint]) -> bool:
    """Whether `points` probe everything the event does: each of its system calls, or
    (a kernel function glob) some function it names."""
    ev = EVENTS[event]
    if ev.kind == "kfunc":
        return all(any(_matches(ev, p) for p in points) for _ in ev.names)
    return set(ev.names) <= {p.name for p in points}


def conjuncts(event: str, pid: object, at: Loc) -> list[ir.Expr]:
    """The conditions `@@sysproc:event:pid` adds before the clause's own predicate;
    `pid` is None (`*`), a number or "target" ($__CPID)."""
    ev = EVENTS[event]
    out = [ev.implied(at)] if ev.implied else []
    if pid is not None:
        who = ev.pid_of(at) if ev.pid_of else ir.Builtin("pid", loc=at)
        value = ir.Builtin("target", loc=at) if pid == "target" else ir.IntLit(int(pid), loc=at)
        out.append(ir.Binary("==", who, value, loc=at))
    return out


def join(conds: list[ir.Expr], rest: Optional[ir.Expr], at: Loc) -> Optional[ir.Expr]:
    """`c1 && (c2 && rest)`: the shape `peel` takes apart."""
    for c in reversed(conds):
        rest = c if rest is None else ir.Binary("&&", c, rest, loc=at)
    return rest


def _take(cond: ir.Expr, pred: Optional[ir.Expr]) -> tuple[bool, Optional[ir.Expr]]:
    if pred == cond:
        return True, None
    if isinstance(pred, ir.Binary) and pred.op == "&&" and pred.lhs == cond:
        return True, pred.rhs
    return False, pred


def _same(a: ir.Expr, b: ir.Expr) -> bool:
    """Equal, where a member read counts as one whatever its array decay (stap's
    `$task->tgid` decays arrays, Vue's reads do not; tgid is no array)."""
    if isinstance(a, ir.KernelMember) and isinstance(b, ir.KernelMember):
        return a.base == b.base and a.path == b.path
    return a == b


def peel(point: ir.ProbePoint, pred: Optional[ir.Expr]) -> Optional[tuple[str, str, Optional[ir.Expr]]]:
    """(event, PID field, the rest of the predicate) when `point` with `pred` is a
    sysproc tuple; None when no sysproc event says it."""
    for name, ev in EVENTS.items():
        if not _matches(ev, point):
            continue
        rest = pred
        if ev.implied is not None:
            ok, rest = _take(ev.implied(Loc("", 0, 0)), rest)
            if not ok:
                continue
        field = "*"
        if isinstance(rest, ir.Binary) and rest.op == "&&":
            head = rest.lhs
        else:
            head = rest
        who = ev.pid_of(Loc("", 0, 0)) if ev.pid_of else ir.Builtin("pid")
        if isinstance(head, ir.Binary) and head.op == "==" and _same(head.lhs, who):
            if isinstance(head.rhs, ir.IntLit) and head.rhs.value > 0:
                field = str(head.rhs.value)
            elif head.rhs == ir.Builtin("target"):
                field = "$__CPID"
            if field != "*":
                rest = rest.rhs if head is not rest else None
        return name, field, rest
    return None
