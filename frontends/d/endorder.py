"""END clauses after the clauses that define the aggregations they print.

A D aggregation exists from the first clause that assigns it: a printa() in a
clause before that one names an unknown aggregation (xtrace's D refuses it at
compile time). stap and Vue scripts often put `probe end` first, so a port keeps
that order at its peril. END fires after every other probe whatever its place in
the script, and the order of clauses matters only among clauses of the same
probe, so the port moves its END clauses, in their order, after the others when
one of them would print an aggregation defined later.
"""

from __future__ import annotations

import copy

from xtrace.ir import nodes as ir


def end_clauses_after_definitions(prog: ir.Program) -> ir.Program:
    """`prog` with its END-only clauses last when one of them uses an aggregation
    that only a later clause updates; `prog` itself otherwise."""
    defined: set[str] = set()
    later_defined = set()
    for i, p in enumerate(prog.probes):
        for name in _used(p) - defined:
            if any(name in _updated(q) for q in prog.probes[i + 1:]):
                if not _end_only(p):
                    return prog  # another clause's use: moving END clauses would not mend it
                later_defined.add(name)
        defined |= _updated(p)
    if not later_defined:
        return prog
    out = copy.copy(prog)
    out.probes = ([p for p in prog.probes if not _end_only(p)]
                  + [p for p in prog.probes if _end_only(p)])
    return out


def _end_only(p: ir.Probe) -> bool:
    return bool(p.points) and all(pp.kind == "end" for pp in p.points)


def _updated(p: ir.Probe) -> set[str]:
    return {x.agg for x in ir.walk(p.body) if isinstance(x, ir.AggUpdate)}


def _used(p: ir.Probe) -> set[str]:
    out: set[str] = set()
    for root in (p.body, p.predicate):
        for x in ir.walk(root) if root is not None else ():
            if isinstance(x, ir.PrintAgg):
                out |= {x.agg, *(getattr(x, "more", None) or [])}
            elif isinstance(x, (ir.AggControl, ir.AggRead)):
                out.add(x.agg)
    return out
