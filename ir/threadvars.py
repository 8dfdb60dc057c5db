"""stap arrays keyed by the thread alone, said as thread-local variables.

stap has no thread-local variables: scripts keep per-thread state in a global
array keyed by `tid()` (`start[tid()] = gettimeofday_us()`, then `delete
start[tid()]`). D and Vue have them (`self->start`, `__thread start`), and an
array that is only ever indexed by the current thread's id is exactly one, so
that is how a translation says it. Deleting the element is storing 0 (a D
thread-local that is assigned 0 is freed, a string one too; Vue's string reads
"" instead); `tid() in start` is `self->start != 0`
where the array only ever holds values that are not 0 (ir.membership).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Callable

from . import nodes as ir
from .membership import nonzero_maps
from .threadexit import is_tid, tid_locals
from .types import INT32


def thread_array_note(name: str) -> str:
    """The stap port's comment on the array its thread-local `name` becomes."""
    return f"thread-local {name}, keyed by tid()"


_NOTE = re.compile(r"thread-local (\w+), keyed by tid\(\)")

# Program.options key: thread-local name -> the comment its source array had
THREAD_COMMENTS = "thread_comments"


def tid_maps_as_thread_locals(prog: ir.Program, zero_frees: bool = False) -> ir.Program:
    """A copy of `prog` whose arrays keyed only by `tid()` are thread-local variables.
    With `zero_frees` (D), a deleted element is the integer 0 stored whatever the
    variable's type, which is how D frees a thread-local string as well."""
    nonzero = nonzero_maps(prog)
    holders = tid_locals(prog)
    names = [g.name for g in prog.globals if _per_thread(prog, g, nonzero, holders)]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    types = {g.name: g.type for g in prog.globals if g.name in names}
    # the script's comment on an array is said of the thread-local it becomes; the
    # stap port's own note on it (read back as the array's comment) says nothing more
    said = {g.name: g.comment for g in prog.globals
            if g.name in names and g.comment and not _noted(g.comment, [g.name])}
    if said:
        opts = prog.options or {}
        prog.options = {**opts, THREAD_COMMENTS: {**opts.get(THREAD_COMMENTS, {}),
                                                 **said}}
    prog.globals = [g for g in prog.globals if g.name not in names]

    def expr(e):
        if isinstance(e, ir.Index) and e.map in types:
            return ir.Var(e.map, scope="thread", loc=e.loc, type=types[e.map])
        if isinstance(e, ir.InMap) and e.map in types:
            var = ir.Var(e.map, scope="thread", loc=e.loc, type=types[e.map])
            return ir.Binary("!=", var, _zero(types[e.map], nonzero[e.map], e.loc), loc=e.loc,
                             type=e.type)
        return e

    def stmt(s):
        if isinstance(s, ir.Delete) and s.map in types:
            var = ir.Var(s.map, scope="thread", loc=s.loc, type=types[s.map])
            zero = (ir.IntLit(0, loc=s.loc, type=INT32) if zero_frees
                    else _zero(types[s.map], nonzero.get(s.map, False), s.loc))
            return ir.ExprStmt(ir.Assign(var, "=", zero, loc=s.loc, type=types[s.map]), loc=s.loc)
        return s

    for p in prog.probes:
        p.body = _rewrite(p.body, expr, stmt)
        if p.predicate is not None:
            p.predicate = _rewrite(p.predicate, expr, stmt)
    for f in prog.functions:
        f.body = _rewrite(f.body, expr, stmt)
    return _unread_tid_locals_dropped(prog, holders)


def _unread_tid_locals_dropped(prog: ir.Program, holders: frozenset[str]) -> ir.Program:
    """`prog` without the stores `t = tid()` of the locals `holders` that nothing
    reads once the arrays they keyed are thread-locals: a porter writes none."""
    stores = {id(n.target) for n in ir.walk(list(ir.program_roots(prog)))
              if isinstance(n, ir.Assign)}
    read = {n.name for n in ir.walk(list(ir.program_roots(prog)))
            if isinstance(n, ir.Var) and n.scope == "local" and id(n) not in stores}
    dead = holders - read

    def kept(x: ir.Stmt) -> bool:
        return not (isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign)
                    and isinstance(x.expr.target, ir.Var) and x.expr.target.scope == "local"
                    and x.expr.target.name in dead)

    if dead:
        for n in ir.walk(list(ir.program_roots(prog))):
            if isinstance(n, ir.Block):
                n.stmts = [x for x in n.stmts if kept(x)]
    return prog


def _noted(comment: str, names: list[str]) -> bool:
    """Whether `comment` is the stap port's note on one of the arrays `names` (the
    note names the thread-local, the array may carry a suffix the port gave it)."""
    m = _NOTE.fullmatch(comment)
    return m is not None and any(n == m.group(1) or n.startswith(m.group(1) + "_") for n in names)


def _zero(t, is_str: bool, loc) -> ir.Expr:
    if is_str or (t is not None and t.is_str):
        return ir.StrLit("", loc=loc, type=t)
    return ir.IntLit(0, loc=loc, type=t)


def _is_tid(keys: list[ir.Expr], holders: frozenset[str]) -> bool:
    return len(keys) == 1 and is_tid(keys[0], holders)


def _per_thread(prog: ir.Program, g: ir.Global, nonzero: dict, holders: frozenset[str]) -> bool:
    """Every use of `g` is its element for the current thread (tid(), or a local of
    `holders`, tid_locals()) and a membership test of it only where an element is
    never 0."""
    # A `%` array of stap's default size drops its oldest element only once
    # MAXMAPENTRIES threads hold one at the same time, as a plain array fails only
    # then: a thread-local is a porter's word for either (strace.stp's
    # `thread_argstr%`), and D and Vue free it when its thread exits, as `%` keeps
    # the array from filling with threads that never return. A declared size is a
    # limit the script means, which a thread-local does not keep.
    if g.kind != "map" or g.size or g.init is not None:
        return False
    if g.type is None or not (g.type.is_int or g.type.is_str):
        return False
    used = False
    bodies = ([p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate]
              + [f.body for f in prog.functions])
    for n in ir.walk(bodies):
        if isinstance(n, (ir.Index, ir.InMap)) and n.map == g.name:
            if not _is_tid(n.keys, holders) or (isinstance(n, ir.InMap) and g.name not in nonzero):
                return False
            used = True
        elif isinstance(n, ir.Delete) and n.map == g.name:
            if n.keys is None or not _is_tid(n.keys, holders):
                return False
        elif isinstance(n, ir.PrintVar) and n.name == g.name:
            return False  # stap prints the array at exit
        elif getattr(n, "map", None) == g.name or getattr(n, "agg", None) == g.name:
            return False
    return used


def _rewrite(node, expr: Callable, stmt: Callable):
    """`node` with `expr` applied to every expression and `stmt` to every statement,
    innermost first."""
    if isinstance(node, list):
        return [_rewrite(x, expr, stmt) for x in node]
    if not isinstance(node, (ir.Expr, ir.Stmt)):
        return node
    changes = {}
    for f in dataclasses.fields(node):
        if f.name in ("loc", "type"):
            continue
        v = getattr(node, f.name)
        if isinstance(v, (ir.Expr, ir.Stmt, list)):
            changes[f.name] = _rewrite(v, expr, stmt)
    if changes:
        node = dataclasses.replace(node, **changes)
    return stmt(node) if isinstance(node, ir.Stmt) else expr(node)
