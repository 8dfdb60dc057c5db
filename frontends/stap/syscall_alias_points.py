"""A D or Vue clause on one of the syscalls a stap point hits together, in stap.

stap's tapset has one point for some pairs of syscalls: syscall.epoll_create
fires for epoll_create1(2) too and syscall.pipe for pipe2(2) (ir/syscalls.py
STAP_ALSO), and it has no syscall.epoll_create1 or syscall.pipe2. A porter of
`syscall::pipe2:entry` writes the shared point and picks the call by its `name`,
`probe syscall.pipe { if (name != "pipe2") next ... }`; of `syscall::pipe:entry`
the same with "pipe" (else pipe2's calls would count). syscall.getdents is
getdents64(2) too, with the one `name` "getdents" for both: no test tells them
apart, so those clauses are left as they are.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.syscalls import STAP_ALSO, STAP_NAME_OF
from xtrace.ir.types import INT64, STRING


def _group(name: str) -> Optional[str]:
    """The stap point (STAP_ALSO's key) whose syscalls include `name`, or None."""
    for alias, also in STAP_ALSO.items():
        if name == alias or name in also:
            return alias
    return None


def _names_apart(alias: str) -> bool:
    """Whether stap's `name` differs between the syscalls of point `alias`."""
    names = [STAP_NAME_OF.get(s, s) for s in (alias, *STAP_ALSO[alias])]
    return len(set(names)) == len(names)


def alias_points_named(prog: ir.Program) -> ir.Program:
    """`prog` (D or Vue) with each clause on one syscall of a shared stap point said on
    that point with a test of `name` before its own predicate; `prog` itself when
    none is."""
    if prog.lang == "stap":
        return prog
    probes = [_named(p) for p in prog.probes]
    if all(a is b for a, b in zip(probes, prog.probes)):
        return prog
    prog = copy.copy(prog)
    prog.probes = probes
    return prog


def _named(p: ir.Probe) -> ir.Probe:
    pts = p.points
    if not pts or not all(pt.kind == "syscall" and not pt.name_arg for pt in pts):
        return p
    names = {pt.name for pt in pts}
    if len(names) != 1 or len({pt.is_return for pt in pts}) != 1:
        return p
    name = next(iter(names))
    alias = _group(name)
    if alias is None or not _names_apart(alias):
        return p
    loc = p.loc
    test = ir.Binary("==", ir.Builtin("syscall_name", loc=loc, type=STRING),
                     ir.StrLit(STAP_NAME_OF.get(name, name), loc=loc, type=STRING), loc=loc, type=INT64)
    q = copy.copy(p)
    q.points = [dataclasses.replace(pts[0], name=alias)]
    q.predicate = test if p.predicate is None else ir.Binary("&&", test, p.predicate, loc=loc, type=INT64)
    return q
