"""Clauses after the clauses that define the aggregations they print.

A D aggregation exists from the first clause that assigns it: a printa() in a
clause before that one names an unknown aggregation (dtrace refuses it at compile
time, as xtrace's D does). stap and Vue scripts often put `probe end` first, or a
timer that prints before the probe that counts, so a port keeps that order at its
peril. The order of clauses matters only among clauses that can fire on the same
probe, so the port moves a clause that would print an aggregation defined later
after the clauses that define it, where it passes no clause that could fire on
the same probe: END clauses, in their order, after all others; any other clause
just after the last clause it needs. What no move mends (a print before the first
update in the clause itself) is left for the printer to refuse (`premature_prints`).
"""

from __future__ import annotations

import copy

from xtrace.ir import nodes as ir
from xtrace.ir.clausehits import may_fire_together


def clauses_after_definitions(prog: ir.Program) -> ir.Program:
    """`prog` with its clauses moved after the clauses defining the aggregations
    they use (module doc); `prog` itself when none needs to move."""
    # (each clause's aggregations used and updated, walked once: the moves reorder them)
    sets = {id(p): (_used(p), _updated(p)) for p in prog.probes}
    probes = _ends_last(prog.probes, sets)
    # one move at a time, each leaving fewer clauses that use an aggregation too soon
    # (a bound for clauses that need each other both ways)
    for _ in range(len(probes)):
        moved = _one_moved(probes, sets)
        if moved is None:
            break
        probes = moved
    if probes == list(prog.probes):
        return prog
    out = copy.copy(prog)
    out.probes = probes
    return out


def premature_prints(prog: ir.Program) -> dict[int, tuple[list[str], bool]]:
    """The PrintAgg and AggControl statements (by id) that name an aggregation no
    statement before them (in the D text's order) updates, D not knowing it there:
    those aggregations, and whether a later statement updates each of them."""
    defined: set[str] = set()
    soon: list = []
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.AggUpdate):
                defined.add(x.agg)
            elif isinstance(x, (ir.PrintAgg, ir.AggControl)):
                missing = [a for a in _names(x) if a not in defined]
                if missing:
                    soon.append((x, missing))
    return {id(x): (missing, set(missing) <= defined) for x, missing in soon}


def _names(x) -> list[str]:
    return [x.agg, *(getattr(x, "more", None) or [])]


def _ends_last(probes: list[ir.Probe], sets: dict) -> list[ir.Probe]:
    """END-only clauses, in their order, after the others when one of them uses an
    aggregation only a later clause updates (END fires after every other probe)."""
    if any(_end_only(probes[i]) for i in _too_soon(probes, sets)):
        return [q for q in probes if not _end_only(q)] + [q for q in probes if _end_only(q)]
    return list(probes)


def _too_soon(probes: list[ir.Probe], sets: dict) -> list[int]:
    """Indexes of the clauses using an aggregation only a later clause updates."""
    later: list[set[str]] = [set()]  # later[k]: what the clauses after the k-th from the end update
    for p in reversed(probes[1:]):
        later.append(later[-1] | sets[id(p)][1])
    later.reverse()
    defined: set[str] = set()
    out = []
    for i, p in enumerate(probes):
        used, updated = sets[id(p)]
        if (used - defined) & later[i]:
            out.append(i)
        defined |= updated
    return out


def _one_moved(probes: list[ir.Probe], sets: dict) -> list[ir.Probe] | None:
    """`probes` with the first clause that uses an aggregation too soon moved just
    after the last clause it needs, if it passes no clause that may fire on the
    same probe and fewer clauses then use one too soon; None otherwise."""
    soon = _too_soon(probes, sets)
    for i in soon:
        p = probes[i]
        need = sets[id(p)][0] - set().union(*(sets[id(q)][1] for q in probes[:i]))
        j = max(k for k in range(i + 1, len(probes)) if sets[id(probes[k])][1] & need)
        if any(may_fire_together(p, q) for q in probes[i + 1:j + 1]):
            continue
        moved = probes[:i] + probes[i + 1:j + 1] + [p] + probes[j + 1:]
        if len(_too_soon(moved, sets)) < len(soon):
            return moved
    return None


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
