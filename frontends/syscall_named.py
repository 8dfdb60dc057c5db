"""A stap clause on a wildcard of syscalls, on the one syscall its condition names.

stap scripts probe `syscall.*` and pick the call by its name:

    probe syscall.* { if (execname() == "rmdir" && name == "rmdir") printf("%s(%s)\n", name, argstr) }

What such a clause reads of the call's arguments (argstr, retstr) is written out
one syscall at a time in D and Vue (argstr_port.py, retstr_port.py), which a
wildcard refuses. A porter writes the probe on the syscall the test names,
`syscall::rmdir:entry /execname == "rmdir"/`: the same calls fire it.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc


def named_by_condition(p: ir.Probe) -> ir.Probe:
    """Clause `p` on the one syscall its condition names, where a point of it hits
    several (`probe syscall.* { if (name == "rmdir") ... }`): a porter writes the
    probe on that syscall (syscall::rmdir:entry), whose test is then always true and
    goes; `p` itself otherwise."""
    if not p.points or not all(pt.kind == "syscall" for pt in p.points):
        return p
    every = [s for pt in p.points for s in sc.glob(pt.name)]
    parts = ir.conjuncts(p.predicate)
    for test in parts:
        name = _syscall_named(test)
        hit = [s for s in every if sc.STAP_NAME_OF.get(s, s) == name]
        if len(hit) != 1 or len(every) == 1:
            continue
        q = copy.copy(p)
        q.points = [dataclasses.replace(next(pt for pt in p.points if hit[0] in sc.glob(pt.name)),
                                        name=hit[0])]
        q.predicate = ir.conjoin([c for c in parts if c is not test])
        return q
    return p


def _syscall_named(e: ir.Expr) -> Optional[str]:
    """The name a test `name == "rmdir"` (either way round) says, else None."""
    if not (isinstance(e, ir.Binary) and e.op == "=="):
        return None
    for a, b in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if isinstance(a, ir.Builtin) and a.name == "syscall_name" and isinstance(b, ir.StrLit):
            return b.value
    return None


def shared_points_named(prog: ir.Program) -> ir.Program:
    """`prog` (stap) with each clause on a point that is two syscalls (syscall.pipe is
    pipe2(2) too: ir/syscalls.py STAP_ALSO) whose condition names one of them on
    that one (named_by_condition): how a stap port of `syscall::pipe2:entry` reads
    back (frontends/stap/syscall_alias_points.py); `prog` itself when none is."""
    if prog.lang != "stap":
        return prog
    # (a shared point beside others, `syscall.pipe, syscall.read`: its second syscall
    # required too)
    probes = [_required(named_by_condition(p)) if _shared_point(p) else _required(_any_named(p))
              for p in prog.probes]
    if all(a is b for a, b in zip(probes, prog.probes)):
        return prog
    prog = copy.copy(prog)
    prog.probes = probes
    return prog


def _any_named(p: ir.Probe) -> ir.Probe:
    """`p` on syscall_any tested by the kernel's name of syscalls a shared stap point
    hits under one `name` (`probe syscall_any { if (name != "getdents64") next ...`,
    how frontends/stap/syscall_alias_points.py ports syscall::getdents64:entry) on
    those syscalls, the test gone; `p` itself otherwise."""
    if not p.points or not all(pt.kind == "syscall" and pt.name == "*" and not pt.name_arg
                               for pt in p.points) or len({pt.is_return for pt in p.points}) != 1:
        return p
    shared = {s for alias, also in sc.STAP_ALSO.items() if not sc.stap_names_apart(alias)
              for s in (alias, *also)}
    parts = ir.conjuncts(p.predicate)
    for test in parts:
        names = _kernel_names(test)
        if not names or not set(names) <= shared:
            continue
        q = copy.copy(p)
        q.points = [dataclasses.replace(p.points[0], name=name) for name in names]
        q.predicate = ir.conjoin([c for c in parts if c is not test])
        return q
    return p


def _kernel_names(e: ir.Expr) -> list[str]:
    """The names a test of syscall_any's `name` says: one (`name == "getdents64"`),
    or each of a disjunction of such tests (`name == "getdents" || name ==
    "getdents64"`, a clause on both that reads probefunc); [] for any other test."""
    if isinstance(e, ir.Binary) and e.op == "||":
        left, right = _kernel_names(e.lhs), _kernel_names(e.rhs)
        return left + right if left and right else []
    name = _kernel_named(e)
    return [name] if name is not None else []


def _kernel_named(e: ir.Expr) -> Optional[str]:
    """The name a test `syscall_name(syscall_nr) == "getdents64"` (syscall_any's
    `name`, either way round) says, else None."""
    if not (isinstance(e, ir.Binary) and e.op == "=="):
        return None
    for a, b in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if isinstance(a, ir.Call) and a.name == "syscall_name_of" and len(a.args) == 1 \
                and isinstance(a.args[0], ir.Builtin) and a.args[0].name == "syscall_nr" \
                and isinstance(b, ir.StrLit):
            return b.value
    return None


def _shared_point(p: ir.Probe) -> bool:
    """Whether `p`'s points are the syscalls of one shared stap point, as read."""
    names = [pt.name for pt in p.points if pt.kind == "syscall"]
    return len(names) == len(p.points) and any(
        names == [alias, *also] for alias, also in sc.STAP_ALSO.items())


def _required(p: ir.Probe) -> ir.Probe:
    """`p` with the point the stap frontend made optional as the second syscall of a
    shared point (pipe2 of syscall.pipe) required, as the one it is now: every x86_64
    kernel has it (ir/syscalls.stap_also_point)."""
    if not any(sc.stap_also_point(pt) for pt in p.points):
        return p
    p = copy.copy(p)
    p.points = [dataclasses.replace(pt, optional=False) if sc.stap_also_point(pt) else pt
                for pt in p.points]
    return p
