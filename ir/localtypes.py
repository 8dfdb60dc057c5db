"""Clause-locals of one type in the whole D program.

D keeps the type of a `this->` variable for the whole program: dtrace creates its
table of clause-locals once per compile (dt_cc.c dt_compile, `pcb_locals`), and a
store sets the type only while the name is unreferenced (dt_ident_unref), so a
later clause's `this->x = "b"` after an earlier clause's `this->x = 1` is
refused ("operands have incompatible types"). stap's locals and Vue's __auto
variables belong to their probe: the systemtap testsuite's probe_combining_2.stp
has `x = 1` in one probe and `x = "b"` in the next. A porter names them apart:
the probes after the first that hold the name as another kind of value get
`x_2` (`x_3`, ... for a third kind), everywhere in that probe.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir


def _kind(t) -> Optional[str]:
    if t is None:
        return None
    return "str" if t.is_str else "int" if t.is_int else t.kind


def clause_locals_of_one_type(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose clause-locals each hold one kind of value (string or
    integer) in every probe; `prog` itself when they already do."""
    taken = {n for _, n in _all_names(prog)}
    kinds: dict[str, list[str]] = {}  # name -> kinds in the order probes give them
    names: dict[tuple[str, str], str] = {}  # (name, a later kind) -> its port's name
    plans: list[dict[str, str]] = []
    for p in prog.probes:
        mine: dict[str, str] = {}
        for root in (p.predicate, p.body):
            for x in ir.walk(root) if root is not None else ():
                if isinstance(x, ir.Var) and x.scope == "local":
                    k = _kind(x.type)
                    if k is not None:
                        mine.setdefault(x.name, k)
        plan: dict[str, str] = {}
        for name, k in mine.items():
            seen = kinds.setdefault(name, [k])
            if k not in seen:
                seen.append(k)
            i = seen.index(k)
            if i:
                if (name, k) not in names:
                    names[(name, k)] = _fresh(name, i + 1, taken)
                plan[name] = names[(name, k)]
        plans.append(plan)
    if not any(plans):
        return prog
    prog = copy.deepcopy(prog)
    for p, plan in zip(prog.probes, plans):
        for root in (p.predicate, p.body):
            for x in ir.walk(root) if root is not None and plan else ():
                if isinstance(x, ir.Var) and x.scope == "local" and x.name in plan:
                    x.name = plan[x.name]
    return prog


def _fresh(name: str, n: int, taken: set[str]) -> str:
    fresh = f"{name}_{n}"
    while fresh in taken:
        n += 1
        fresh = f"{name}_{n}"
    taken.add(fresh)
    return fresh


def _all_names(prog: ir.Program) -> set[tuple[str, str]]:
    out = {("global", g.name) for g in prog.globals}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Var):
                out.add((x.scope, x.name))
    return out
