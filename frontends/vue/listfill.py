"""Which prints of an aggregation without keys find it holding a value.

A D printa() of an aggregation without keys prints its row only when something
was added to it; its Vue port is a printf of the list's statistic, guarded by
`if (count(l) > 0)` (printer.py unkeyed_row). Where the clause itself has
appended to the list before the print, on every path to it, the guard is always
true, and the port is the plain printf a Vue programmer writes: that printf
(a native script's `append(l, 1); printf("%lld\\n", avg(l));`) is what D's printa
came from, and it reads back as the statistic it prints.

A clause that runs after BEGIN (every clause not on BEGIN) also finds a list
holding a value when a BEGIN clause without a predicate appended to it on every
path, before any exit() and with nothing there that can fault (a fault would end
that clause before the append), and no clause empties it (filled_at_start). The
joined printa of a list's statistics (statmerge.py) printed there is Vue's plain
printf of the list, as the native script that appended in @@BEGIN wrote it: D's
`BEGIN { @l_count = count(); @l_avg = avg(10); }` and `END { printa(...) }`. The
print of one statistic keeps its guard: that form is what listprints.py reads
back as the printa (the plain one reads as the printf of the statistic).

D's END layout (a blank line, then the row in ` %16d`) keeps its guard
everywhere, as does a printa() whose format is that row: the Vue frontend reads
the guarded form back as that layout (listprints.py).
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.clause_errors import may_fault


# D's END layout's row, and that row as a printa() format.
DTRACE_ROWS = (" %16d\n", " %@16d\n")


def filled_prints(body: ir.Block, initially: frozenset[str] = frozenset()) -> set[int]:
    """The ids of the PrintAgg statements in `body` that run only after an append
    to their aggregation (without keys) earlier in the same run of the clause, or
    (`initially`) before the clause ran, with nothing emptying it between."""
    before = filled_before(body, initially)
    return {i for i, (s, filled) in before.items()
            if isinstance(s, ir.PrintAgg) and s.agg in filled and not s.more and s.keys is None
            and s.layout == "format" and s.fmt not in DTRACE_ROWS}


def filled_before(body: ir.Block, initially: frozenset[str] = frozenset(), keyed: bool = False
                  ) -> dict[int, tuple[ir.Stmt, frozenset[str]]]:
    """For each statement in `body` (by id): the statement and the aggregations
    without keys (with `keyed`, any) that hold a value whenever it runs (`initially`,
    or appended to earlier in the same run of the clause, on every path, and not
    emptied since)."""
    out: dict[int, tuple[ir.Stmt, frozenset[str]]] = {}
    _block(body.stmts, set(initially), out, keyed)
    return out


def filled_at_start(prog: ir.Program, points: list[ir.ProbePoint]) -> frozenset[str]:
    """The aggregations without keys that hold a value whenever a clause on `points`
    starts: for a clause not on BEGIN, those a BEGIN clause without a predicate
    appends to on every path, before any exit(), in a body that cannot fault, and
    that no clause empties (a clause on BEGIN may run first: none)."""
    if not points or any(p.kind == "begin" for p in points) or prog.functions:
        return frozenset()  # (a function's body is not looked into: none)
    filled: set[str] = set()
    for p in prog.probes:
        if p.predicate is not None or not p.points or not all(pt.kind == "begin" for pt in p.points) \
                or may_fault(p.body):
            continue
        before = filled_before(p.body)
        if any(isinstance(x, ir.Exit) and id(x) not in before for x in ir.walk(p.body)):
            continue  # an exit() in a loop: not followed here
        done = _block(p.body.stmts, set(), {})
        for s, at in before.values():
            if isinstance(s, ir.Exit):
                done &= at
        filled |= done
    emptied = {a for p in prog.probes for a in _emptied(p.body)}
    return frozenset(filled - emptied)


def with_rows_at_exit(prog: ir.Program) -> frozenset[str]:
    """The aggregations, keyed or not, that hold a row when the run ends, so that
    D's exit dump of one prints its blank line and rows: those a BEGIN clause without
    a predicate updates on every path before any exit(), in a body that cannot fault,
    that no clause empties. Only the BEGIN clauses up to the first that may exit or
    fault count: a stap port's later begin probes do not run after exit() or an error
    (nor their D clauses after a fault, in a port that keeps them apart)."""
    if prog.functions:
        return frozenset()  # (a function's body is not looked into: none)
    filled: set[str] = set()
    for p in prog.probes:
        if not p.points or not all(pt.kind == "begin" for pt in p.points):
            continue
        stops = may_fault(p.body) or any(isinstance(x, ir.Exit) for x in ir.walk(p.body))
        if p.predicate is None and not may_fault(p.body):
            before = filled_before(p.body, keyed=True)
            if not any(isinstance(x, ir.Exit) and id(x) not in before for x in ir.walk(p.body)):
                done = _block(p.body.stmts, set(), {}, keyed=True)
                for s, at in before.values():
                    if isinstance(s, ir.Exit):
                        done &= at
                filled |= done
        if stops:
            break
    emptied = {a for p in prog.probes for a in _emptied(p.body)}
    return frozenset(filled - emptied)


def _block(stmts: list[ir.Stmt], filled: set[str],
           out: dict[int, tuple[ir.Stmt, frozenset[str]]], keyed: bool = False) -> set[str]:
    """Walk `stmts` in order from `filled` (the aggregations known to hold a value,
    or with `keyed` a row of any key); the set known after them."""
    filled = set(filled)
    for s in stmts:
        out[id(s)] = (s, frozenset(filled))
        if isinstance(s, ir.AggUpdate):
            if keyed or not s.keys:
                filled.add(s.agg)
        elif isinstance(s, ir.Block):
            filled = _block(s.stmts, filled, out, keyed)
        elif isinstance(s, ir.If):
            # what a branch appends may not have run; what it empties may have
            for arm in (s.then, s.else_):
                if arm is not None:
                    _block(arm.stmts if isinstance(arm, ir.Block) else [arm], filled, out, keyed)
            filled -= _emptied(s)
        else:
            filled -= _emptied(s)
    return filled


def _emptied(s: ir.Stmt) -> set[str]:
    """The aggregations a statement may empty or change the printed value of
    (any AggControl: D's clear/trunc/normalize; a Delete: Vue's `l = list()`)."""
    out: set[str] = set()
    for x in ir.walk(s):
        if isinstance(x, ir.AggControl):
            out.add(x.agg)
        elif isinstance(x, ir.Delete):
            out.add(x.map)
    return out
