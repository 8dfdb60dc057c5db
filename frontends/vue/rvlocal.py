"""A system call's Linux return value in a clause-local, where a Vue clause reads it
more than once.

Vue's `__rv` is AIX's -1 on a failure, with the error in `__errno`; stap's
`$return` (Linux's, -errno on a failure) is `__errno != 0 ? -__errno : __rv`
(frontends/vue/syscalls.py raw_rv_text). iotime.stp's open return reads `$return`
four times, which the port wrote out four times in one clause. A porter computes it
once (the reads the printer writes otherwise, `__rv` under a test that the call
succeeded, `__rv < 0`, are left as they are, and only where two or more raw ones
remain):

    __auto long long rv;
    rv = __errno != 0 ? -__errno : __rv;
    if (rv != -1) { filehandles[__pid][rv] = ...

The return value does not change within the clause, so reading it once at the
clause's top is the same value at every read. The predicate keeps its own reads
(Vue tests it before any statement). The way back reads the local as the return
value again where it is read (returns_inlined, which the round trip's comparison
uses).
"""

from __future__ import annotations

import copy

from xtrace.ir import nodes as ir
from xtrace.ir.failguard import says_failed, says_succeeded
from xtrace.ir.types import Type

NAME = "rv"


def _exit_clause(p: ir.Probe) -> bool:
    return bool(p.points) and all(pt.kind == "syscall" and pt.is_return for pt in p.points)


def _is_rv(x) -> bool:
    return isinstance(x, ir.Builtin) and x.name == "retval"


def _raw_reads(p: ir.Probe) -> list[ir.Builtin]:
    """The return value's reads in `p`'s body the Vue printer writes as the raw
    conditional: not one under a test that lets only calls that succeeded through
    (written `__rv`) or only failed ones (`-__errno`), nor one compared with 0 (`__rv <
    0`: AIX's -1 is below 0 as -errno is)."""
    if says_failed(p.points, p.predicate):
        return []
    out: list[ir.Builtin] = []

    def walk(node, guards: tuple) -> None:
        if isinstance(node, list):
            for x in node:
                walk(x, guards)
            return
        if isinstance(node, ir.If):
            walk(node.cond, guards)
            walk(node.then, guards + (node.cond,))
            if node.else_ is not None:
                walk(node.else_, guards)
            return
        if isinstance(node, ir.Binary) and node.op in ("<", "<=", ">", ">=", "==", "!=") and (
                (_is_rv(node.lhs) and ir.int_constant(node.rhs) == 0)
                or (_is_rv(node.rhs) and ir.int_constant(node.lhs) == 0)):
            return
        if _is_rv(node):
            if not says_succeeded(p.points, p.predicate, guards):
                out.append(node)
            return
        for x in ir.children(node):
            walk(x, guards)
    walk(p.body.stmts, ())
    return out


def _name(p: ir.Probe, taken: set[str]) -> str:
    name, n = NAME, 2
    while name in taken:
        name, n = f"{NAME}{n}", n + 1
    return name


def returns_as_local(prog: ir.Program) -> ir.Program:
    """`prog` with each syscall return clause whose body reads the return value more
    than once storing it first in a clause-local (`rv`), read there; `prog` itself
    when no clause does."""
    taken = {x.name for p in prog.probes for x in ir.walk([p.body, p.predicate])
             if isinstance(x, ir.Var)} | {g.name for g in prog.globals}

    def one(p: ir.Probe) -> ir.Probe:
        if not _exit_clause(p) or len(_raw_reads(p)) < 2:
            return p
        p = copy.deepcopy(p)
        raw = {id(x) for x in _raw_reads(p)}
        at = _raw_reads(p)[0]
        rtype = at.type or Type("int", 64, True)
        var = ir.Var(_name(p, taken), "local", loc=at.loc, type=rtype)

        def swap(x):
            return copy.deepcopy(var) if id(x) in raw else x
        p.body = ir.map_tree(p.body, swap)
        store = ir.ExprStmt(ir.Assign(copy.deepcopy(var), "=", ir.Builtin("retval", loc=at.loc, type=rtype),
                                      loc=at.loc, type=rtype), loc=at.loc)
        p.body.stmts.insert(0, store)
        return p
    return ir.probes_rewritten(prog, one)


def returns_inlined(prog: ir.Program) -> ir.Program:
    """The way back: a syscall return clause's first statement `rv = <return value>`
    (a local no other statement stores) read as the return value where it is read."""
    def one(p: ir.Probe) -> ir.Probe:
        stmts = p.body.stmts
        if not (_exit_clause(p) and stmts and isinstance(stmts[0], ir.ExprStmt)
                and isinstance(stmts[0].expr, ir.Assign) and stmts[0].expr.op == "="
                and isinstance(stmts[0].expr.target, ir.Var) and stmts[0].expr.target.scope == "local"
                and stmts[0].expr.value == ir.Builtin("retval")):
            return p
        name = stmts[0].expr.target.name
        if any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
               and x.target.scope == "local" and x.target.name == name for x in ir.walk(stmts[1:])) \
                or (p.predicate is not None and any(isinstance(x, ir.Var) and x.name == name
                                                    for x in ir.walk(p.predicate))):
            return p
        p = copy.deepcopy(p)
        value = p.body.stmts.pop(0).expr.value

        def read(x):
            if isinstance(x, ir.Var) and x.scope == "local" and x.name == name:
                return copy.deepcopy(value)
            return x
        p.body = ir.map_tree(p.body, read)
        return p
    return ir.probes_rewritten(prog, one)
