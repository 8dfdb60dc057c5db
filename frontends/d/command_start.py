"""A port's probe on the -c command's own exec or start, which D's -c never shows.

stap and probevue start their -c command after the begin probes and trace it from
its fork on, so a probe on the command's execve entry, its exec (sched_process_exec)
or its start as a new process, tested against target(), sees it. dtrace -c creates
the command and holds it inside its execve (a port of a target() script says
evaltime=exec; driver/execstop.py) before it enables the probes: those events are
behind it, and the D clause is silently short of the original's line. What a D
script does see is that execve's return.

So, in a D port:
- the exec itself (stap's kernel.trace("sched_process_exec"), Vue's
  @@sysproc:execpass, D's proc:::exec-success) tested against the command becomes
  the successful return of execve and execveat, which prints the same where the
  clause reads nothing of the tracepoint (execname, pid: the process is the new
  image at both); it says so in a comment;
  where the clause reads the tracepoint, it stays, with a comment saying that the
  command's first exec is not seen (its later ones are);
- the execve's entry (stap's kprocess.exec, syscall.execve; Vue's execve:entry) and
  the new process's start (kprocess.start) tested against the command are refused
  at the script's probe, naming the nearest a porter has (`--force`: a gap comment).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT64

_EXECS = ("execve", "execveat")
_COMMAND_PID = {"stap": "target()", "vue": "$__CPID"}
_NEAREST = "`syscall::execve:return /pid == $target/`"
# a probe point as written: up to the blank, comma or brace after it (quoted text whole)
_POINT_RE = re.compile(r'(?:"[^"]*"|[^\s,{?!])+')


def command_start_ported(prog: ir.Program) -> ir.Program:
    """`prog` (a stap or Vue port) with each probe on the -c command's exec moved to
    its execve's return; `prog` itself when it has none. Probes on the execve's entry
    or the command's start are left for `command_start_refusals`."""
    return prog if prog.lang == "d" else exec_probes_moved(prog)


def exec_probes_moved(prog: ir.Program) -> ir.Program:
    """`prog`, whatever its language, with each probe on the -c command's exec moved
    as `command_start_ported` moves a port's: the round trip's comparison
    (ir/rtnormal.py), where a script's exec comes back from its D port as the
    execve's return; `prog` itself when it has none."""
    if not any(_moved(p) is not None for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for i, p in enumerate(prog.probes):
        moved = _moved(p)
        if moved is not None:
            prog.probes[i] = moved
    return prog


def command_exec_noted(prog: ir.Program) -> ir.Program:
    """`prog` (a stap or Vue port, after `command_start_ported`) with a comment on each
    probe left on the -c command's exec, tested against its pid, that reads the exec's
    tracepoint (the execve's return has none of its arguments): D's clause sees the
    command's later execs, not the one it is held in. (Not refused: a script often
    leaves that first exec out by its program's name, as the conformance cases that
    run `env` do.)"""
    if prog.lang == "d" or not any(_tests_target(p) and any(is_exec_point(pt) for pt in p.points)
                                   for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if _tests_target(p) and any(is_exec_point(pt) for pt in p.points):
            p.comments = [*p.comments, _EXEC_NOTE]
    return prog


_EXEC_NOTE = ("dtrace -c holds its command inside its first execve until the probes are\n"
              "enabled: this clause sees the command's later execs, not that one")


def command_start_refusals(prog: ir.Program) -> dict[Loc, XtraceError]:
    """The refusals of the probes of `prog` (a stap or Vue port, after
    `command_start_ported`) tested against the -c command on an event of the
    command's that D's -c holds it past (its execve's entry, its exec where the clause
    reads the tracepoint, its start as a new process), by the script probe's location."""
    out: dict[Loc, XtraceError] = {}
    if prog.lang == "d":
        return out
    for p in prog.probes:
        if p.loc in out or not _tests_target(p):
            continue
        for pt in p.points:
            event = _unseen_event(pt)
            if event is not None:
                what = _written_point(prog, pt.loc) or pt.spelling or f"{pt.kind} {pt.name}"
                pid = _COMMAND_PID.get(prog.lang, "target()")
                out[p.loc] = XtraceError(
                    f"{what} tested against {pid} never fires for the -c command in D: "
                    f"dtrace -c holds the command inside its execve before it enables the "
                    f"probes, so {event} is behind it (nearest: {_NEAREST}, which fires as the "
                    "command starts to run, without the execve's arguments)",
                    pt.loc if pt.loc is not None and pt.loc.file == p.loc.file else p.loc)
                break
    return out


def _moved(p: ir.Probe) -> Optional[ir.Probe]:
    """Probe `p` on the exec of the -c command as the successful return of
    execve and execveat, or None when it is no such probe or reads the exec's
    tracepoint (its arguments, its name)."""
    if not _tests_target(p) or not any(is_exec_point(pt) for pt in p.points) \
            or any(not is_exec_point(pt) for pt in p.points) or _reads_probe_context(p):
        return None
    loc = p.loc
    points = [ir.ProbePoint("syscall", name, is_return=True, loc=p.points[0].loc) for name in _EXECS]
    succeeded = ir.Binary("==", ir.Builtin("retval", loc=loc, type=INT64), ir.IntLit(0, loc=loc, type=INT64),
                          loc=loc, type=INT64)
    note = ("the -c command's own exec: dtrace -c holds the command inside its execve\n"
            "until the probes are enabled, so the execve's successful return sees it")
    return dataclasses.replace(p, points=points, predicate=ir.conjoin([*ir.conjuncts(p.predicate), succeeded]),
                               comments=[*p.comments, note])


def is_exec_point(pt: ir.ProbePoint) -> bool:
    """Whether `pt` is the kernel's exec event (sched_process_exec, however spelled)."""
    return pt.kind == "tracepoint" and pt.name.rpartition(":")[2] == "sched_process_exec" and not pt.when


def _unseen_event(pt: ir.ProbePoint) -> Optional[str]:
    """What of the command's start point `pt` is, when D's -c holds the command past
    it: its execve's entry, its first run as a new process; else None."""
    if pt.kind == "syscall" and not pt.is_return and pt.name in _EXECS:
        return "its execve's entry"
    # stap's kprocess.start (schedule_tail(), each new task's first run; D's proc:::start)
    if pt.kind == "kfunc" and not pt.is_return and (
            pt.name == "schedule_tail" or pt.when in ("start_process", "start_user")):
        return "its start as a new process"
    return None


def _tests_target(p: ir.Probe) -> bool:
    """Whether clause `p` acts only for the -c command: its predicate, or the `if`
    every statement but its locals' stores is in, compares pid() or tid() with target()."""
    if any(_is_target_test(c) for c in ir.conjuncts(p.predicate)):
        return True
    acting = [s for s in p.body.stmts if not _sets_local(s)]
    return bool(acting) and all(isinstance(s, ir.If) and s.else_ is None
                                and any(_is_target_test(c) for c in ir.conjuncts(s.cond)) for s in acting)


def _sets_local(s: ir.Stmt) -> bool:
    """Whether `s` only stores into a clause local (a tapset alias's `filename = ...`)."""
    x = s.expr if isinstance(s, ir.ExprStmt) else s
    return isinstance(x, ir.Assign) and isinstance(x.target, ir.Var) and x.target.scope == "local"


def _is_target_test(e: ir.Expr) -> bool:
    """`pid == target` or `tid == target`, either way round."""
    if not (isinstance(e, ir.Binary) and e.op == "=="):
        return False
    sides = {(x.name if isinstance(x, ir.Builtin) else None) for x in (e.lhs, e.rhs)}
    return "target" in sides and bool(sides & {"pid", "tid"})


def _reads_probe_context(p: ir.Probe) -> bool:
    """Whether clause `p` reads its probe's names or its tracepoint's arguments (the
    printer's test; imported here, as the printer imports this module)."""
    from .printer import _reads_probe_context as reads
    return reads(p)


def _written_point(prog: ir.Program, loc: Optional[Loc]) -> str:
    """The probe point as the script writes it at `loc` ("" when the source is not at hand)."""
    if loc is None or loc.line <= 0 or not prog.source:
        return ""
    lines = prog.source.splitlines()
    if loc.line > len(lines):
        return ""
    m = _POINT_RE.match(lines[loc.line - 1], max(loc.col - 1, 0))
    return m.group(0) if m else ""
