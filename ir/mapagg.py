"""stap's counting arrays said as aggregations, for D.

The stap idiom `counts[execname()]++` (or `+= n`), never read but printed by
stap's end-of-run auto-print, has no D form as an associative array: D cannot
walk an array to print it. But such an array only ever sums, so it is exactly
a D aggregation, `@counts[execname] = count()` (`sum(n)`), and stap's
auto-print (`counts["k",1]=v` rows, largest value first) is a printa with that
row format under aggsortrev.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from . import nodes as ir


def counting_maps_as_aggs(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose auto-printed, only-summed arrays are aggregations."""
    names = [g.name for g in prog.globals if g.kind == "map" and _only_summed(prog, g.name)]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for name in names:
        g = prog.global_named(name)
        updates = [s for s in _all_stmts(prog) if _update_of(s, name) is not None]
        func = "count" if all(_update_of(s, name)[1] == "count" for s in updates) else "sum"
        g.kind, g.agg_func = "agg", func
        rewrite = lambda s, name=name, func=func: _rewrite(s, name, func)
        for p in prog.probes:
            p.body = _map_stmts(p.body, rewrite)
    return prog


def _update_of(s: ir.Stmt, name: str) -> Optional[tuple[ir.Index, str, Optional[ir.Expr]]]:
    """(target, 'count'|'sum', the amount) when `s` is a statement that only adds to `name`."""
    if not isinstance(s, ir.ExprStmt):
        return None
    e = s.expr
    if isinstance(e, ir.IncDec) and isinstance(e.target, ir.Index) and e.target.map == name:
        if e.op == "++":
            return e.target, "count", None
        return e.target, "sum", ir.IntLit(-1, loc=e.loc)
    if (isinstance(e, ir.Assign) and isinstance(e.target, ir.Index) and e.target.map == name
            and e.op in ("+=", "-=")):
        amount = e.value if e.op == "+=" else ir.Unary("-", e.value, loc=e.value.loc, type=e.value.type)
        return e.target, "sum", amount
    return None


def _all_stmts(prog: ir.Program) -> list[ir.Stmt]:
    out = []
    for body in [p.body for p in prog.probes] + [f.body for f in prog.functions]:
        out += [n for n in ir.walk(body) if isinstance(n, ir.Stmt)]
    return out


def _only_summed(prog: ir.Program, name: str) -> bool:
    """Whether `name` is auto-printed by stap and otherwise only added to."""
    g = prog.global_named(name)
    if g.type is not None and not g.type.is_int:
        return False
    printed = False
    allowed: set[int] = set()
    stmts = _all_stmts(prog)
    for s in stmts:
        upd = _update_of(s, name)
        if upd is not None:
            allowed.add(id(upd[0]))
    nodes = [n for body in [p.body for p in prog.probes] + [f.body for f in prog.functions]
             + [p.predicate for p in prog.probes if p.predicate is not None]
             for n in ir.walk(body)]
    for n in nodes:
        if isinstance(n, ir.PrintVar) and n.name == name:
            if n.layout != "stap":
                return False
            printed = True
        elif isinstance(n, ir.Index) and n.map == name:
            if id(n) not in allowed:
                return False
        elif getattr(n, "map", None) == name or getattr(n, "agg", None) == name:
            return False  # delete, foreach, membership: the array is read
    return printed and bool(allowed)


def _rewrite(s: ir.Stmt, name: str, func: str) -> ir.Stmt:
    if isinstance(s, ir.PrintVar) and s.name == name:
        return ir.PrintAgg(name, layout="stap", value_func=func, sort_by="value",
                           descending=True, loc=s.loc)
    upd = _update_of(s, name)
    if upd is None:
        return s
    target, kind, amount = upd
    if func == "count":
        return ir.AggUpdate(name, target.keys, "count", [], loc=s.loc)
    return ir.AggUpdate(name, target.keys, "sum", [amount or ir.IntLit(1, loc=s.loc)], loc=s.loc)


def _map_stmts(s, fn: Callable[[ir.Stmt], ir.Stmt]):
    """`s` with `fn` applied to every statement, innermost first."""
    if isinstance(s, list):
        return [_map_stmts(x, fn) for x in s]
    if not isinstance(s, ir.Stmt):
        return s
    changes = {}
    for f in dataclasses.fields(s):
        v = getattr(s, f.name)
        if isinstance(v, ir.Stmt) or (isinstance(v, list) and v and isinstance(v[0], ir.Stmt)):
            changes[f.name] = _map_stmts(v, fn)
    if changes:
        s = dataclasses.replace(s, **changes)
    return fn(s)
