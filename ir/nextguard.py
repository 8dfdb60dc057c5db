"""An else-if chain whose last branch is `next`, as a guard before the chain.

pfaults.stp picks a fault's kind and leaves the probe for the others:

    if (minor) ftype = "minor" else if (major) ftype = "major" else next
    printf(...); delete ...

D and Vue have no `next`; ir/nonext.py writes the statements after a `next` into
every branch that does not leave, so the port printed the printf and the deletes
twice and kept an empty `else { /* ... */ }`. A porter tests first whether any
branch is taken:

    if (!(minor || major)) next         (nonext: `if (minor || major) { ... }`)
    if (minor) ftype = "minor" else if (major) ftype = "major"
    printf(...); delete ...

Exact when each condition reads nothing that can change between the two tests and
has no effect: clause-locals, literals, the probe's arguments, its pid/tid/cpu
(not a global another CPU may store, nor kernel memory, nor a call); the chain's
other branches hold no `next`.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir

_STEADY_BUILTINS = frozenset({"pid", "tid", "ppid", "cpu", "execname", "uid", "gid", "euid", "egid"})


def _steady(e: ir.Expr) -> bool:
    """Whether `e` reads the same at two moments of the clause and does nothing."""
    for x in ir.walk(e):
        if isinstance(x, (ir.IntLit, ir.StrLit, ir.Binary, ir.Unary, ir.ProbeArg)):
            continue
        if isinstance(x, ir.Var) and x.scope == "local":
            continue
        if isinstance(x, ir.Builtin) and x.name in _STEADY_BUILTINS:
            continue
        return False
    return True


def _only_next(s: Optional[ir.Stmt]) -> bool:
    stmts = s.stmts if isinstance(s, ir.Block) else [s] if s is not None else []
    real = [x for x in stmts if not isinstance(x, ir.Comment)]
    return len(real) == 1 and isinstance(real[0], ir.Next)


def _chain(s: ir.If) -> Optional[tuple[list[ir.Expr], ir.If]]:
    """(conditions, last if) of an if/else-if chain ending in `else next`."""
    conds, cur = [], s
    while True:
        conds.append(cur.cond)
        if isinstance(cur.else_, ir.If):
            cur = cur.else_
            continue
        if isinstance(cur.else_, ir.Block) and len(cur.else_.stmts) == 1 and isinstance(cur.else_.stmts[0], ir.If):
            cur = cur.else_.stmts[0]
            continue
        return (conds, cur) if _only_next(cur.else_) else None


def _not(e: ir.Expr) -> ir.Expr:
    return ir.Unary("!", copy.deepcopy(e), loc=e.loc, type=e.type)


def _guarded(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    for s in stmts:
        found = _chain(s) if isinstance(s, ir.If) else None
        # (the else's `next` the chain's only one)
        if found is None or not all(_steady(c) for c in found[0]) \
                or sum(isinstance(x, ir.Next) for x in ir.walk(s)) != 1:
            out.append(s)
            continue
        conds, last = found
        s = copy.deepcopy(s)
        _, last = _chain(s)
        said = [x for x in (last.else_.stmts if isinstance(last.else_, ir.Block) else [])
                if isinstance(x, ir.Comment)]
        last.else_ = None
        test = copy.deepcopy(conds[0])
        for c in conds[1:]:
            test = ir.Binary("||", test, copy.deepcopy(c), loc=s.loc, type=conds[0].type)
        test = _not(test)
        # (the else's comment says why the probe leaves: it goes with the guard)
        out += said + [ir.If(test, ir.Block([ir.Next(loc=s.loc)], loc=s.loc), loc=s.loc), s]
    return out


def else_next_as_guards(prog: ir.Program) -> ir.Program:
    """`prog` with each if/else-if chain whose last `else` is only `next` (see the
    module docstring) written as a guard that leaves first and the chain without
    that else; `prog` itself when it has none."""
    def fn(x):
        if isinstance(x, ir.Block):
            x.stmts = _guarded(x.stmts)
        return x
    if not any(isinstance(x, ir.Next) for p in prog.probes for x in ir.walk(p.body)):
        return prog
    new = copy.deepcopy(prog)
    for p in new.probes:
        p.body = ir.map_tree(p.body, fn)
    return new if new.probes != prog.probes else prog
