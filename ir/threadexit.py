"""The frees at thread exit a port writes for per-thread variables, and reading them back.

D frees a thread's `self->` variables, scalars and `self->a[k]` arrays alike, when
the thread exits (runtime/xt_tls.h, xt_tlmap.h); Vue its `__thread` variables.
stap has no thread-local variables: a port keeps them in global arrays keyed by
`tid()` first, which nothing frees, so a port frees them itself, as a stap user
does: a probe at thread exit deleting the exiting thread's elements
(frontends/stap/print_threadexit.py: `delete a[tid(), *]` in
`kernel.trace("sched_process_exit")`, which fires in every exiting thread). Vue
frees its `__thread` variables, but a `self->a[k]` array is a global
associative array there too: its port frees it in the two sysproc events that
together are every thread's exit (`@@sysproc:exit` the main thread's,
`@@sysproc:threadterminate` the others'), with `delete(a, __tid, ANY)`.

Translated back, those probes are the language's own freeing again: they go, and
the arrays they free are per-thread (ir.Global.per_thread), which a D or Vue
printer writes as it writes a `self->` array.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from . import nodes as ir

# the tracepoint every exiting thread fires, as stap names it and once resolved
EXIT_TRACEPOINTS = ("sched_process_exit", "sched:sched_process_exit")


def is_tid(e: ir.Expr, holders: frozenset[str] = frozenset()) -> bool:
    """Whether e is the current thread's id: tid() itself, or a read of one of the
    locals `holders` (tid_locals() of the program)."""
    if isinstance(e, ir.Var) and e.scope == "local":
        return e.name in holders
    return isinstance(e, ir.Builtin) and e.name == "tid"


def tid_locals(prog: ir.Program) -> frozenset[str]:
    """The local variables that only ever hold the current thread's id: every store
    to one, in any clause or function, is a statement `= tid()` (strace.stp's `t =
    tid()`, then `thread_argstr[t]`), every read of one comes after such a store on
    every path (a store in an `if` holds inside it only), and none is a function's
    parameter or a foreach's key."""
    stored: set[str] = set()
    other: set[str] = {a.name for f in prog.functions for a in f.params}

    def expr(e: ir.Expr, have: frozenset[str]) -> None:
        targets = {id(n.target) for n in ir.walk(e) if isinstance(n, (ir.Assign, ir.IncDec))}
        for n in ir.walk(e):
            if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Var) \
                    and n.target.scope == "local":
                other.add(n.target.name)  # (a store that is no `t = tid()` statement)
            elif isinstance(n, ir.Var) and n.scope == "local" and id(n) not in targets \
                    and n.name not in have:
                other.add(n.name)  # read where it may not hold the thread's id yet

    def stmt(x, have: frozenset[str]) -> frozenset[str]:
        if isinstance(x, ir.Block):
            for y in x.stmts:
                have = stmt(y, have)
            return have
        if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign) and x.expr.op == "=" \
                and isinstance(x.expr.target, ir.Var) and x.expr.target.scope == "local" \
                and is_tid(x.expr.value):
            stored.add(x.expr.target.name)
            return have | {x.expr.target.name}
        if isinstance(x, ir.ForEach):
            other.update(x.keys)
            if x.value:
                other.add(x.value)
        for f in dataclasses.fields(x):
            v = getattr(x, f.name)
            for c in (v if isinstance(v, list) else [v]):
                if isinstance(c, ir.Stmt):
                    stmt(c, have)  # (what it stores holds inside it only)
                elif isinstance(c, ir.Expr):
                    expr(c, have)
        return have

    for root in ir.program_roots(prog):
        if isinstance(root, ir.Stmt):
            stmt(root, frozenset())
        else:
            expr(root, frozenset())
    return frozenset(stored - other)


def _side(pred: Optional[ir.Expr]) -> Optional[str]:
    """Which exiting threads a free probe's predicate lets through: 'all', the
    process's main thread ('main', Vue's @@sysproc:exit) or the others ('others',
    @@sysproc:threadterminate); None for any other predicate."""
    if pred is None:
        return "all"
    if isinstance(pred, ir.Binary) and pred.op in ("==", "!=") \
            and isinstance(pred.lhs, ir.Builtin) and isinstance(pred.rhs, ir.Builtin) \
            and {pred.lhs.name, pred.rhs.name} == {"tid", "pid"}:
        return "main" if pred.op == "==" else "others"
    return None


def freed_maps(p: ir.Probe) -> Optional[tuple[tuple[str, ...], str]]:
    """The arrays a thread-exit free probe deletes the exiting thread's elements of,
    and which threads it fires for; None when `p` is anything else."""
    if len(p.points) != 1:
        return None
    pt = p.points[0]
    if pt.kind != "tracepoint" or pt.name not in EXIT_TRACEPOINTS:
        return None
    side = _side(p.predicate)
    stmts = [s for s in p.body.stmts if not isinstance(s, ir.Comment)]
    if side is None or not stmts:
        return None
    names: list[str] = []
    for s in stmts:
        if not (isinstance(s, ir.Delete) and s.keys and is_tid(s.keys[0])
                and all(isinstance(k, ir.Wildcard) for k in s.keys[1:])):
            return None
        names.append(s.map)
    return tuple(names), side


def _keyed_by_thread(prog: ir.Program, name: str, skip: set[int]) -> bool:
    """Whether every use of array `name` outside the probes `skip` (by index) is
    an element of the current thread (its first key tid())."""
    roots = [x for i, p in enumerate(prog.probes) if i not in skip
             for x in (p.predicate, p.body) if x is not None] + [f.body for f in prog.functions]
    for x in ir.walk(roots):
        if isinstance(x, (ir.Index, ir.InMap, ir.Delete)) and x.map == name:
            if not x.keys or not is_tid(x.keys[0]):
                return False
        elif getattr(x, "map", None) == name or (isinstance(x, ir.PrintVar) and x.name == name):
            return False  # a foreach over it, a print of it: all threads' elements
    return True


def read_thread_exit_frees(prog: ir.Program) -> ir.Program:
    """`prog` (a port read back) without the probes that free the exiting thread's
    elements of arrays keyed by tid() first, those arrays made per-thread; in place.
    Only where the probes cover every thread's exit and the arrays are only ever
    used by the current thread (else they are the script's own probes)."""
    found = [(i, f) for i, p in enumerate(prog.probes) if (f := freed_maps(p)) is not None]
    if not found:
        return prog
    maps = {g.name: g for g in prog.globals if g.kind == "map"}
    groups: dict[frozenset[str], list[tuple[int, str]]] = {}
    for i, (names, side) in found:
        groups.setdefault(frozenset(names), []).append((i, side))
    gone: set[int] = set()
    for names, members in groups.items():
        sides = {side for _i, side in members}
        if "all" not in sides and sides != {"main", "others"}:
            continue
        idx = {i for i, _side in members}
        if not all(n in maps and _keyed_by_thread(prog, n, idx | gone) for n in names):
            continue
        gone |= idx
        for n in names:
            maps[n].per_thread = True
    prog.probes = [p for i, p in enumerate(prog.probes) if i not in gone]
    return prog


def freed_at_thread_exit(prog: ir.Program) -> list[tuple[str, int]]:
    """The per-thread arrays of `prog` a port must free at thread exit, each with
    how many keys follow its tid() key, in declaration order."""
    out: list[tuple[str, int]] = []
    for g in prog.globals:
        if g.kind != "map" or not g.per_thread:
            continue
        arity = next((len(x.keys) for x in ir.walk([p.body for p in prog.probes]
                                                   + [p.predicate for p in prog.probes if p.predicate]
                                                   + [f.body for f in prog.functions])
                      if isinstance(x, (ir.Index, ir.InMap, ir.Delete)) and x.map == g.name and x.keys),
                     None)
        if arity is not None:
            out.append((g.name, arity - 1))
    return out
