"""stap's `unresolved type` for globals: a global whose type nothing in the
script determines (`global a, b ... a = b`, with neither typed anywhere else).

stap infers each variable's type from its uses; xtrace's lowering would make
such a global a long. The check is stap's for the case its type inference
cannot close: the global only ever flows to or from other globals by plain
`=` (a scalar or an array element), never meets a literal, an operator, a
call, a print or an initializer."""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc


def _global_name(e, names: set[str]) -> Optional[str]:
    if isinstance(e, ir.Var) and e.scope == "global" and e.name in names:
        return e.name
    if isinstance(e, ir.Index) and e.map in names:
        return e.map
    return None


def untyped_globals(globals_: list[ir.Global], bodies: list[ir.Probe]) -> list[tuple[str, Loc]]:
    """The globals stap leaves without a type, each with its first use, in order."""
    names = {g.name for g in globals_ if g.kind in ("scalar", "map")}
    typed = {g.name for g in globals_ if g.init is not None or g.kind not in ("scalar", "map")}
    edges: list[tuple[str, str]] = []
    flow_ids: set[int] = set()
    first: dict[str, Loc] = {}
    nodes = list(ir.walk([p.body for p in bodies] + [p.predicate for p in bodies
                                                     if p.predicate is not None]))
    for x in nodes:
        if isinstance(x, ir.Assign) and x.op == "=":
            t, v = _global_name(x.target, names), _global_name(x.value, names)
            if t is not None and v is not None:
                edges.append((t, v))
                flow_ids.update((id(x.target), id(x.value)))
                first.setdefault(t, x.target.loc)
                first.setdefault(v, x.value.loc)
    for x in nodes:
        g = _global_name(x, names)
        if g is not None and id(x) not in flow_ids:
            typed.add(g)
        elif not isinstance(x, ir.Delete):
            for attr in ("map", "agg"):
                ref = getattr(x, attr, None)
                if isinstance(ref, str) and ref in names and id(x) not in flow_ids:
                    typed.add(ref)
    changed = True
    while changed:
        changed = False
        for a, b in edges:
            if (a in typed) != (b in typed):
                typed.update((a, b))
                changed = True
    return sorted(((g, loc) for g, loc in first.items() if g not in typed),
                  key=lambda item: (item[1].line, item[1].col))
