"""Clauses of a Vue port ordered so that an array's first use can type it.

Vue declares no associative array or list: the first use in the script's text
sets its key and value types, and `clear(a)` or `print(a)` cannot be that first
use (they say nothing of the types). A source clause that empties or prints an
array above every clause storing into it (stap's `probe timer.s(1) { delete a }`
written before `probe syscall.openat { a[pid()] = 1 }`) would make a Vue port
that probevue, and xtrace's own Vue front end, refuse.

The port moves the first clause that uses such an array as Vue can type it up to
just above the clause that needs it. Which clause comes first in the text
decides only the order of clauses that fire on one hit, so a clause moves only
past clauses whose points it never shares a hit with.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.clausehits import may_fire_together


def _needs_a_typed_array(node) -> Optional[str]:
    """The array a statement empties, prints or walks as a whole (Vue's clear() and
    print(), which need it typed by a use above; a loop is at best print() in a
    forced port), else None."""
    if isinstance(node, ir.Delete) and node.keys is None:
        return node.map
    if isinstance(node, ir.PrintVar):
        return node.name
    if isinstance(node, ir.ForEach):
        return node.map
    if isinstance(node, (ir.PrintAgg, ir.AggControl)):
        return node.agg
    return None


def _types_array(node) -> Optional[str]:
    """The array a node stores into or reads an element of (a use that types it)."""
    if isinstance(node, (ir.Index, ir.InMap)):
        return node.map
    if isinstance(node, ir.Delete) and node.keys is not None:
        return node.map
    if isinstance(node, (ir.AggUpdate, ir.AggRead)):
        return node.agg
    return None


def _uses(node):
    """The nodes under `node` in text order, a loop's body left out: Vue has no
    loops, so what a loop does is not in a port (a --force port's gap) and types
    nothing."""
    yield node
    if isinstance(node, (ir.ForEach, ir.While)):
        return
    for child in ir.children(node):
        yield from _uses(child)


def _first_uses(probe: ir.Probe, arrays: frozenset[str]) -> tuple[dict[str, bool], set[str]]:
    """For each array of `arrays` the clause uses, whether its first use (in the
    order the clause's text says them) types it; and the arrays it types anywhere."""
    first: dict[str, bool] = {}
    typed: set[str] = set()
    for root in (probe.predicate, probe.body):
        for node in _uses(root) if root is not None else ():
            name = _types_array(node)
            if name is not None:
                typed.add(name)
            else:
                name = _needs_a_typed_array(node)
            if name in arrays and name not in first:
                first[name] = name in typed
    return first, typed & arrays


def stores_first(prog: ir.Program) -> ir.Program:
    """`prog` with, for each array whose first use in the text is a clear() or a
    print(), the first clause that types it moved up above that use where no clause
    it passes can fire on the same hit; otherwise the order is kept."""
    arrays = frozenset(g.name for g in prog.globals if g.kind in ("map", "agg"))
    if not arrays:
        return prog
    probes = list(prog.probes)
    uses = [_first_uses(p, arrays) for p in probes]
    typed: set[str] = set()
    i = 0
    while i < len(probes):
        first, types = uses[i]
        untyped = [name for name, t in first.items() if not t and name not in typed]
        j = next((j for j in (_typing_clause(probes, uses, typed, name, i) for name in untyped)
                  if j is not None), None)
        if j is not None:
            # the clause now at i is the moved one, which types all it uses first
            probes.insert(i, probes.pop(j))
            uses.insert(i, uses.pop(j))
            continue
        typed |= types
        i += 1
    if all(a is b for a, b in zip(probes, prog.probes)):
        return prog
    return dataclasses.replace(prog, probes=probes)


def _typing_clause(probes: list[ir.Probe], uses: list, typed: set[str], name: str,
                   i: int) -> Optional[int]:
    """The index of the first clause after `i` whose first use of `name` types it, when
    it can move up to `i`: no clause it passes shares a hit with it, and every array
    it uses first is typed by then."""
    j = next((j for j in range(i + 1, len(probes)) if uses[j][0].get(name)), None)
    if j is None or any(may_fire_together(probes[j], probes[k]) for k in range(i, j)):
        return None
    if any(not t and n not in typed for n, t in uses[j][0].items()):
        return None
    return j
