"""A stap array each of whose elements is stored once, as the round trip compares it
(ir/rtnormal.py).

stap's `a["one"] = 1; a["two"] = 2` in a begin probe (constant keys, none twice,
integer literals, outside loops: ir/mapagg.py), printed only by foreach loops over
it, is in D a sum() aggregation, `@a["one"] = sum(1)`, printed by printa(), which
reads back in stap as a statistics array, `a["one"] <<< 1`, walked by its @sum:
`foreach ([k] in a @sum-) printf("%s:%d\\n", k, @sum(a[k]))`. Each element's one
value is its sum; a sort on the value sorts on that sum, ties in the order the
elements came (one store each, in the same order); the loop reads no key the array
lacks. Both are compared as the statistics array.
"""

from __future__ import annotations

import dataclasses

from . import nodes as ir
from .mapagg import stored_once_and_printed


def stored_once_as_statistics(prog: ir.Program) -> None:
    """(In place) each array of stap program `prog` whose elements are each stored
    once and that only foreach loops print, as the statistics array of those values
    read by @sum."""
    names = {g.name for g in prog.globals if g.kind == "map" and stored_once_and_printed(prog, g.name)}
    if not names:
        return
    for p in prog.probes:
        # (the stores first: a read is any other element of the array)
        p.body = ir.map_tree(ir.map_tree(p.body, lambda x: _as_update(x, names)),
                             lambda x: _as_statistics(x, names))
    prog.globals = [dataclasses.replace(g, kind="agg", type=None, agg_func="stats")
                    if g.name in names else g for g in prog.globals]


def _as_update(x, names: set[str]):
    if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign) and x.expr.op == "=" \
            and isinstance(x.expr.target, ir.Index) and x.expr.target.map in names:
        t = x.expr.target
        return ir.AggUpdate(t.map, t.keys, "stats", [x.expr.value], loc=x.loc)
    return x


def _as_statistics(x, names: set[str]):
    if isinstance(x, ir.Index) and x.map in names:
        return ir.AggRead(x.map, x.keys, "sum", loc=x.loc, type=x.type)
    if isinstance(x, ir.ForEach) and x.map in names:
        if x.value is not None:  # the value bound: the element's @sum
            value = x.value

            def read(e):
                if isinstance(e, ir.Var) and e.scope == "local" and e.name == value:
                    return ir.AggRead(x.map, [ir.Var(k, scope="local", loc=e.loc) for k in x.keys],
                                      "sum", loc=e.loc, type=e.type)
                return e
            x.body = ir.map_tree(x.body, read)
        x = dataclasses.replace(x, value=None, sort_stat="sum" if x.sort_column == 0 else x.sort_stat)
        return _printed_rows(x) or x
    return x


def _printed_rows(f: ir.ForEach) -> ir.PrintAgg | None:
    """The printa a loop over a statistics array is where its body only prints each
    element's keys, in order, and then its @sum, as the stap front end reads such a
    loop (frontends/stap/foreach.py _print_idiom); None otherwise."""
    body = f.body.stmts if isinstance(f.body, ir.Block) else [f.body]
    if len(body) != 1 or not isinstance(body[0], ir.Printf) or body[0].stderr:
        return None
    keys = [ir.Var(k, scope="local") for k in f.keys]
    if body[0].args != [*keys, ir.AggRead(f.map, keys, "sum")] \
            or (f.sort_column or 0) > 1 or f.limit is not None and not isinstance(f.limit, ir.IntLit):
        return None
    return ir.PrintAgg(f.map, layout="format", fmt=body[0].fmt, value_func="sum",
                       sort_by="value" if f.sort_column == 0 else "key",
                       descending=f.descending if f.sort_column is not None else False,
                       limit=f.limit.value if f.limit is not None else None, loc=f.loc)
