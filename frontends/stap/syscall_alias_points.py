"""A D or Vue clause on one of the syscalls a stap point hits together, in stap.

stap's tapset has one point for some pairs of syscalls: syscall.epoll_create
fires for epoll_create1(2) too and syscall.pipe for pipe2(2) (ir/syscalls.py
STAP_ALSO), and it has no syscall.epoll_create1 or syscall.pipe2. A porter of
`syscall::pipe2:entry` writes the shared point and picks the call by its `name`,
`probe syscall.pipe { if (name != "pipe2") next ... }`; of `syscall::pipe:entry`
the same with "pipe" (else pipe2's calls would count). syscall.getdents is
getdents64(2) too, with the one `name` "getdents" for both, and the tapset has
no variable that tells them apart: a porter writes `syscall_any`, whose `name`
is the kernel's (syscall_name(syscall_nr), syscall_any.stp), and tests that,
`probe syscall_any { if (name != "getdents64") next ... }`, reading the raw
arguments (`long_arg(1)`, which syscall_any's saved registers give) rather than
syscall.getdents's `fd`. A clause on all the syscalls of such a point (D's
`syscall::epoll_create:return, syscall::epoll_create1:return`) is that point alone:
the tapset has no syscall.epoll_create1 to list beside it.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.syscalls import STAP_ALSO, STAP_NAME_OF, stap_names_apart
from xtrace.ir.types import INT64, STRING


def _group(name: str) -> Optional[str]:
    """The stap point (STAP_ALSO's key) whose syscalls include `name`, or None."""
    for alias, also in STAP_ALSO.items():
        if name == alias or name in also:
            return alias
    return None


def _each_probe(prog: ir.Program, rewrite: Callable[[ir.Probe], ir.Probe]) -> ir.Program:
    """`prog` (D or Vue) with each probe rewritten; `prog` itself when none changed
    (a stap program's points are its own)."""
    if prog.lang == "stap":
        return prog
    return ir.probes_rewritten(prog, rewrite)


def alias_points_named(prog: ir.Program) -> ir.Program:
    """`prog` (D or Vue) with each clause on one syscall of a shared stap point said on
    that point with a test of `name` before its own predicate; `prog` itself when
    none is."""
    return _each_probe(prog, _named)


def shared_points_joined(prog: ir.Program) -> ir.Program:
    """`prog` (D or Vue) with the points of each clause on every syscall of a shared
    stap point whose `name` tells them apart (epoll_create and epoll_create1, entry
    or return alike) said as that point, where the first of them stood; `prog` itself
    when no clause has them. (After the passes that read each syscall's own arguments.)"""
    return _each_probe(prog, _joined)


def _joined(p: ir.Probe) -> ir.Probe:
    """`p` with each full group of a shared stap point's syscalls (of one side, entry
    or return) one point, the group's; `p` itself when it has none."""
    pts = p.points
    joined: list[ir.ProbePoint] = []
    for pt in pts:
        alias = _group(pt.name) if pt.kind == "syscall" and not pt.name_arg else None
        # (syscall.getdents's `name` is "getdents" for both: a clause reading probefunc
        # is on syscall_any instead, shared_points_as_any)
        if alias is None or (not stap_names_apart(alias) and _reads_probefunc(p)):
            joined.append(pt)
            continue
        group = {alias, *STAP_ALSO[alias]}
        side = [q for q in pts if q.kind == "syscall" and not q.name_arg
                and q.is_return == pt.is_return and q.name in group]
        if {q.name for q in side} != group:
            joined.append(pt)
        elif pt is side[0]:  # the group's first point stands for it
            joined.append(dataclasses.replace(pt, name=alias))
    if len(joined) == len(pts):
        return p
    q = copy.copy(p)
    q.points = joined
    return q


def shared_points_as_any(prog: ir.Program) -> ir.Program:
    """`prog` (D or Vue) with each clause on one syscall of a shared stap point whose
    `name` is the same for all of them (syscall.getdents) said on syscall_any with a
    test of the kernel's name before its own predicate; `prog` itself when none is.
    (Before the pass that writes raw arguments as the tapset's variables: syscall_any
    has none.)"""
    return _each_probe(prog, lambda p: _named(p, apart=False))


def _reads_probefunc(p: ir.Probe) -> bool:
    """Whether clause `p` reads D's probefunc (Vue's __func__ lowers to it too)."""
    return any(isinstance(x, ir.Builtin) and x.name == "probefunc"
               for x in ir.walk([p.body, p.predicate]))


def _named(p: ir.Probe, apart: bool = True) -> ir.Probe:
    """`p` on its shared stap point tested by `name` (`apart`: the syscalls whose
    names differ there) or on syscall_any tested by the kernel's name (not `apart`:
    those whose names do not, and a clause on all of them that reads probefunc,
    which their shared point's one name would not say); `p` itself when it is on no
    such syscall."""
    pts = p.points
    if not pts or not all(pt.kind == "syscall" and not pt.name_arg for pt in pts):
        return p
    names = {pt.name for pt in pts}
    if len({pt.is_return for pt in pts}) != 1:
        return p
    if len(names) != 1:
        alias = _group(min(names))
        if apart or alias is None or names != {alias, *STAP_ALSO[alias]} or stap_names_apart(alias) \
                or not _reads_probefunc(p):
            return p
        return _on_any(p, sorted(names, key=[alias, *STAP_ALSO[alias]].index))
    name = next(iter(names))
    alias = _group(name)
    if alias is None or stap_names_apart(alias) != apart:
        return p
    if not apart:
        return _on_any(p, [name])
    loc = p.loc
    said = ir.Builtin("syscall_name", loc=loc, type=STRING)
    test = ir.Binary("==", said, ir.StrLit(STAP_NAME_OF.get(name, name), loc=loc, type=STRING),
                     loc=loc, type=INT64)
    return _tested(p, dataclasses.replace(pts[0], name=alias), test)


def _on_any(p: ir.Probe, names: list[str]) -> ir.Probe:
    """`p` on syscall_any, tested by the kernel's name being one of `names`."""
    loc = p.loc
    test: Optional[ir.Expr] = None
    for name in names:
        said = ir.Call("syscall_name_of", [ir.Builtin("syscall_nr", loc=loc, type=INT64)],
                       loc=loc, type=STRING)
        one = ir.Binary("==", said, ir.StrLit(name, loc=loc, type=STRING), loc=loc, type=INT64)
        test = one if test is None else ir.Binary("||", test, one, loc=loc, type=INT64)
    assert test is not None
    return _tested(p, dataclasses.replace(p.points[0], name="*"), test)


def _tested(p: ir.Probe, point: ir.ProbePoint, test: ir.Expr) -> ir.Probe:
    """`p` on `point` alone, with `test` before its own predicate."""
    loc = p.loc
    q = copy.copy(p)
    q.points = [point]
    # `name != "pipe2" || execname() != "x" || ...`, as a person writes the tests
    for term in ir.conjuncts(p.predicate):
        test = ir.Binary("&&", test, term, loc=loc, type=INT64)
    q.predicate = test
    return q
