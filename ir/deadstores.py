"""Stores nothing reads: dropped when a translation would make them visible.

A D or Vue variable that is written and never read has no effect on what the
script prints. stap, though, prints every global written and never read when
the run ends; a translation into stap that kept such a variable would print
something the original never did. Its stores are dropped instead (when what
they store is computed without side effects: no calls, assignments, memory
reads or division that could fault and so print an error of its own).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable

from xtrace.ir import nodes as ir

# Expression nodes that only compute: no memory reads, no calls, no stores. A probe's
# argument (a tracepoint's, a function's parameter) is handed to the probe, as a
# syscall's are: reading it cannot fault.
_PURE = (ir.IntLit, ir.StrLit, ir.Builtin, ir.Var, ir.Index, ir.Unary, ir.Cast, ir.Ternary,
         ir.SyscallVar, ir.InMap, ir.ProbeArg)


# Calls that read what the kernel keeps about the current task (D's curpsinfo and
# curlwpsinfo members: its arguments, its ids), through reads that give "" or 0
# instead of faulting: they have no side effect and no error of their own.
_QUIET_CALLS = ("psargs", "task_info")


def _pure(e: ir.Expr) -> bool:
    for x in ir.walk(e):
        if isinstance(x, ir.Binary):
            if x.op in ("/", "%"):
                return False  # a division by zero is a run-time error the original prints
        elif isinstance(x, ir.Call):
            if x.name not in _QUIET_CALLS:
                return False
        elif not isinstance(x, _PURE + (ir.Translated,)):
            return False
    return True


def _store_target(s: ir.Stmt) -> str | None:
    """The variable a statement only stores into (`x = v`, `x[k] += v`, `x++`,
    `delete x[k]`), when nothing it computes has side effects; else None."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, (ir.Assign, ir.IncDec)):
        t = s.expr.target
        keys = t.keys if isinstance(t, ir.Index) else []
        value = [s.expr.value] if isinstance(s.expr, ir.Assign) else []
        if all(_pure(k) for k in keys + value):
            return t.map if isinstance(t, ir.Index) else (t.name if t.scope in ("global", "thread") else None)
    if isinstance(s, ir.Delete) and all(_pure(k) for k in s.keys or []):
        return s.map
    # an update of an aggregation nothing prints (a Vue list appended to, never read)
    if isinstance(s, ir.AggUpdate) and all(_pure(x) for x in s.keys + s.args):
        return s.agg
    return None


def _mentions(node, name: str) -> bool:
    for x in ir.walk(node):
        if isinstance(x, ir.Var) and x.name == name and x.scope in ("global", "thread"):
            return True
        if isinstance(x, (ir.Index, ir.InMap)) and x.map == name:
            return True
        if isinstance(x, ir.AggRead) and x.agg == name:
            return True
    return False


def _parts(s: ir.Stmt) -> tuple[list[ir.Stmt], list[ir.Expr], list[str]]:
    """A statement's child statements, its own expressions, and the names of the
    maps it walks or names (a foreach's array, a delete's)."""
    stmts: list[ir.Stmt] = []
    exprs: list[ir.Expr] = []
    for f in dataclasses.fields(s):
        v = getattr(s, f.name)
        for x in (v if isinstance(v, list) else [v]):
            if isinstance(x, ir.Stmt):
                stmts.append(x)
            elif isinstance(x, ir.Expr):
                exprs.append(x)
    named = [s.map] if isinstance(s, (ir.ForEach, ir.Delete)) else []
    if isinstance(s, (ir.AggUpdate, ir.PrintAgg, ir.AggControl)):
        named.append(s.agg)
    if isinstance(s, ir.PrintVar):
        named.append(s.name)
    return stmts, exprs, named


def _statements(prog: ir.Program):
    todo: list[ir.Stmt] = [p.body for p in prog.probes] + [f.body for f in prog.functions]
    while todo:
        s = todo.pop()
        yield s
        todo += _parts(s)[0]


def droppable(prog: ir.Program, names: set[str]) -> set[str]:
    """Those of `names` whose every mention is a side-effect-free store (what
    without_stores() then removes: the two must agree, or a caller looping to a
    fixpoint never gets there)."""
    out = set()
    for name in names:
        if any(p.predicate is not None and _mentions(p.predicate, name) for p in prog.probes):
            continue
        ok = True
        for s in _statements(prog):
            if _store_target(s) == name:
                continue
            _, exprs, named = _parts(s)
            if name in named or any(_mentions(e, name) for e in exprs):
                ok = False
                break
        if ok:
            out.add(name)
    return out


def _strip(s: ir.Stmt, names: set[str]) -> ir.Stmt:
    for f in dataclasses.fields(s):
        v = getattr(s, f.name)
        if isinstance(v, list) and v and all(isinstance(x, ir.Stmt) for x in v):
            setattr(s, f.name, [_strip(x, names) for x in v if _store_target(x) not in names])
        elif isinstance(v, ir.Stmt):
            setattr(s, f.name, ir.Block([], loc=v.loc) if _store_target(v) in names else _strip(v, names))
    return s


def without_stores(prog: ir.Program, names: set[str]) -> ir.Program:
    """A copy of `prog` without the stores into `names`, their globals, and the
    probes that did nothing else."""
    prog = copy.deepcopy(prog)
    kept = []
    for p in prog.probes:
        had = bool(p.body.stmts)
        _strip(p.body, names)
        if had and not any(not isinstance(s, (ir.Block, ir.Comment)) for s in ir.walk(p.body)
                           if isinstance(s, ir.Stmt)):
            continue  # the probe only stored into them: it has nothing left to do
        kept.append(p)
    # a program left with no probe at all is no script for stap ("no probes found"),
    # where the original ran until stopped, printing nothing: its probes stay, empty
    prog.probes = kept or prog.probes
    for f in prog.functions:
        _strip(f.body, names)
    prog.globals = [g for g in prog.globals if g.name not in names]
    return prog


def without_unread_alias_locals(prog: ir.Program, library_file: str) -> ir.Program:
    """`prog` without the stores of a tapset alias (code from `library_file`, stap's
    signal.send setting sig_pid, pid_name, sinfo ...) into locals its probe never
    reads: stap elides them, and a language without the tapset (D, Vue) would have
    to say values nothing uses, some of which it cannot read at all. Only stores
    whose value has no side effect of its own (a tapset function computes a value)."""
    def alias_store(s: ir.Stmt) -> str | None:
        if not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)
                and s.expr.op == "=" and s.loc.file == library_file
                and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local"):
            return None
        if any(isinstance(x, (ir.Assign, ir.IncDec)) for x in ir.walk(s.expr.value)):
            return None
        return s.expr.target.name

    def written(x) -> ir.Expr | None:  # a statement's store target is no read of it
        return x.expr.target if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign) else None
    return _without_unread_locals(prog, alias_store, written)


def without_unread_local_stores(prog: ir.Program) -> ir.Program:
    """`prog` without the side-effect-free stores into clause locals their probe
    never reads (D's `this->l = p.left`, a struct copy of which only some members
    are read, is one store a member). stap's optimizer deletes such a store, and a
    global it alone read would then be one stap prints at exit: the original
    printed nothing of it. Nested statements are left alone (top-level stores only)."""
    carried = set(prog.options.get("shared_locals") or ())  # read by a later clause of the hit

    def local_store(s: ir.Stmt) -> str | None:
        if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
                and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local" \
                and s.expr.target.name not in carried and _pure(s.expr.value):
            return s.expr.target.name
        return None

    def written(x) -> ir.Expr | None:  # (`x += v` and `x++` read x: a plain store does not)
        return x.target if isinstance(x, ir.Assign) and x.op == "=" else None
    return _without_unread_locals(prog, local_store, written)


def _without_unread_locals(prog: ir.Program, store: Callable[[ir.Stmt], str | None],
                           written: Callable[[object], ir.Expr | None]) -> ir.Program:
    """`prog` without each top-level statement of a probe body that store() names
    the local of, when nothing in the probe reads that local (a node written() gives
    the target of is a store, not a read), to a fixpoint: a store dropped may have
    been the only read of another local."""
    changed = False
    probes = []
    for p in prog.probes:
        body = p.body
        while True:
            roots = [body] + ([p.predicate] if p.predicate is not None else [])
            targets = {id(t) for t in (written(x) for x in ir.walk(roots)) if t is not None}
            read = {x.name for x in ir.walk(roots) if isinstance(x, ir.Var)
                    and x.scope == "local" and id(x) not in targets}
            keep = [s for s in body.stmts if store(s) is None or store(s) in read]
            if len(keep) == len(body.stmts):
                break
            body = ir.Block(keep, loc=body.loc)
        if body is not p.body:
            changed = True
            p = dataclasses.replace(p, body=body)
        probes.append(p)
    return dataclasses.replace(prog, probes=probes) if changed else prog
