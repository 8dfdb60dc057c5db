"""D's store of zero into an associative array element, said as the delete it is.

In D, assigning 0 to an element of an associative array frees it: the element
is gone, and reads as 0 again. The IR says that explicitly (ir.Delete), as it
says every implicit behaviour of a language, so that a translation writes the
delete (stap's `delete a[k]`, Vue's `delete(a, k)`), which is what the D script
does, and a port of such a delete to D (which the D printer writes as the store
of zero) reads back as it.

Only arrays that are also stored something else are taken: an array only ever
stored zero keeps its stores, from which analysis learns its value type.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir


def zero_stores_as_deletes(globals_: list[ir.Global], probes: list[ir.Probe]) -> None:
    """Replace, in place, each statement `m[keys] = 0` of `probes` (m a global
    associative array that is elsewhere stored another value) by Delete(m, keys)."""
    maps = {g.name for g in globals_ if g.kind == "map"}
    if not maps:
        return
    stored = set()
    for p in probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.Assign) and isinstance(x.target, ir.Index) and not _zero_store(x):
                stored.add(x.target.map)
            elif isinstance(x, ir.IncDec) and isinstance(getattr(x, "target", None), ir.Index):
                stored.add(x.target.map)
    taken = maps & stored
    if not taken:
        return
    for p in probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.Block):
                x.stmts = [_as_delete(s, taken) for s in x.stmts]
            elif isinstance(x, ir.If):  # an arm that is one statement, not a block
                x.then = _as_delete(x.then, taken)
                if x.else_ is not None:
                    x.else_ = _as_delete(x.else_, taken)


def _zero_store(a: ir.Assign) -> bool:
    return a.op == "=" and isinstance(a.value, ir.IntLit) and a.value.value == 0


def _as_delete(s: ir.Stmt, taken: set[str]) -> ir.Stmt:
    """`s` as a Delete when it is the statement `m[keys] = 0` of an array in `taken`."""
    if (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and _zero_store(s.expr)
            and isinstance(s.expr.target, ir.Index) and s.expr.target.map in taken):
        return ir.Delete(s.expr.target.map, s.expr.target.keys, loc=s.loc)
    return s
