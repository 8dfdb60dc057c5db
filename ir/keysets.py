"""A stap array whose values nothing reads, used as a set of keys (the round trip's
comparison: ir/rtnormal.py).

stap's `seen[k] = 1` (or `n[k]++`), read only as the keys of a foreach, is in D an
aggregation counted at each store and printed by printa() of its keys alone, which
reads back in stap as a statistics array, `seen[k] <<< 1`. Either way the array
holds the keys stored, in the order first stored, and prints them; what each
element holds is never read. Both are compared as the plain array with 1 stored at
each key.
"""

from __future__ import annotations

import dataclasses

from . import nodes as ir
from .types import INT64


def key_sets_as_stores(prog: ir.Program) -> None:
    """(In place) each global array or statistics array of `prog` updated only with
    constants and read only by foreach loops over its keys (no value bound, no
    sort on the value) as a plain array whose every update stores 1."""
    names = {g.name for g in prog.globals
             if g.kind == "map" or (g.kind == "agg" and g.agg_func == "stats")}
    allowed: set[int] = set()
    updates: set[str] = set()
    roots = list(ir.program_roots(prog))
    # an update's value read by an expression around it is a read of the array
    statements = {id(x.expr) for root in roots for x in ir.walk(root) if isinstance(x, ir.ExprStmt)}
    for root in roots:
        for x in ir.walk(root):
            name = _updated(x)
            if name in names and (isinstance(x, ir.AggUpdate) or id(x) in statements):
                allowed.add(id(x.target) if not isinstance(x, ir.AggUpdate) else id(x))
                updates.add(name)
            elif isinstance(x, ir.ForEach) and x.map in names and x.value is None \
                    and x.sort_column != 0 and x.limit is None:
                allowed.add(id(x))
    # any other node naming the array (a read, `in`, delete, a print, stap's
    # auto-print of it) reads it: conservatively, any text field equal to its name
    used = set()
    for root in roots:
        for x in ir.walk(root):
            if id(x) in allowed:
                continue
            for f in dataclasses.fields(x):
                v = getattr(x, f.name)
                if isinstance(v, str) and v in updates:
                    used.add(v)
    sets = {n for n in updates if n not in used}
    if not sets:
        return
    for p in prog.probes:
        p.body = ir.map_tree(p.body, lambda s: _stored(s) if _set_update(s, sets) else s)
    for f in prog.functions:
        f.body = ir.map_tree(f.body, lambda s: _stored(s) if _set_update(s, sets) else s)
    prog.globals = [ir.Global(g.name, "map", INT64, g.key_types, loc=g.loc, comment=g.comment)
                    if g.name in sets else g
                    for g in prog.globals]


def _updated(x) -> str | None:
    """The array `x` updates with a constant, as a statement's expression or a
    statistics update, else None."""
    if isinstance(x, ir.AggUpdate) and x.func == "stats" and all(isinstance(a, ir.IntLit) for a in x.args):
        return x.agg
    if isinstance(x, ir.Assign) and isinstance(x.target, ir.Index) and isinstance(x.value, ir.IntLit):
        return x.target.map
    if isinstance(x, ir.IncDec) and isinstance(x.target, ir.Index):
        return x.target.map
    return None


def _set_update(s: ir.Stmt, sets: set[str]) -> bool:
    if isinstance(s, ir.AggUpdate):
        return s.agg in sets
    return isinstance(s, ir.ExprStmt) and _updated(s.expr) in sets


def _stored(s: ir.Stmt) -> ir.Stmt:
    """Update statement `s` as the store of 1 at its keys."""
    if isinstance(s, ir.AggUpdate):
        name, keys = s.agg, s.keys
    else:
        name, keys = s.expr.target.map, s.expr.target.keys
    target = ir.Index(name, keys, loc=s.loc)
    return ir.ExprStmt(ir.Assign(target, "=", ir.IntLit(1, loc=s.loc), loc=s.loc), loc=s.loc)
