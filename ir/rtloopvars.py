"""The round trip's comparison (ir/rtnormal.py): a foreach's loop variables named
by their place.

A port that writes a row loop names its variables as a porter would (`key`,
`comm`, `k1`: frontends/stap/print_common.key_var_wants); the script it came
from may have said `k`. A variable read only inside loops that bind it is the
loop's own: each pass sets it before the body runs, so its name says nothing a
run prints, and both programs of a round trip call it by its loop's depth and
its place among the loop's keys (a name no script can write). A variable read
or set anywhere else (after the loop a stap local holds the last key) keeps its
name.
"""

from __future__ import annotations

from . import nodes as ir


def loop_vars_by_place(probe: ir.Probe) -> None:
    """Rename, in place, the loop variables of `probe`'s foreach loops that no
    statement outside a loop binding them reads or sets."""
    roots = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
    inside: set[int] = set()  # the Var nodes a loop binding their name encloses
    for f in ir.walk(roots):
        if isinstance(f, ir.ForEach):
            bound = {n for n in [*f.keys, f.value] if n}
            inside |= {id(x) for x in ir.walk(f.body) if isinstance(x, ir.Var)
                       and x.scope == "local" and x.name in bound}
    free = {x.name for x in ir.walk(roots)
            if isinstance(x, ir.Var) and x.scope == "local" and id(x) not in inside}
    _rename(probe.body, free, 0, set())


def _rename(node, free: set[str], depth: int, done: set[int]) -> None:
    for f in [x for x in ir.walk(node) if isinstance(x, ir.ForEach)]:
        if id(f) in done:
            continue
        done.add(id(f))
        names = {n: f" loop{depth}_{i}" for i, n in enumerate(f.keys) if n not in free}
        if f.value and f.value not in free:
            names[f.value] = f" loop{depth}_value"
        inner = [x for x in ir.walk(f.body) if isinstance(x, ir.ForEach)]
        rebinding = {id(y) for g in inner if {*g.keys, g.value} & set(names)
                     for y in ir.walk(g.body)}
        for x in ir.walk(f.body):
            if isinstance(x, ir.Var) and x.scope == "local" and x.name in names \
                    and id(x) not in rebinding:
                x.name = names[x.name]
        f.keys = [names.get(n, n) for n in f.keys]
        f.value = names.get(f.value, f.value) if f.value else f.value
        _rename(f.body, free, depth + 1, done)
