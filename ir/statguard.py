"""A printf of one statistics array's (list's) statistics under a test that it has
a value, said as the printf alone: what D's printa of them prints.

D's printa() of aggregations without keys prints their row only once something
was added to them; a Vue printf of a list's statistics prints them even for an
empty list (a stap printf reads 0 for @count and @sum, and faults on @min,
@max, @avg). The Vue port of a joined printa, and a careful script, say the
printa's rule with a guard:

    if (count(l) > 0)
        printf("writes=%lld bytes=%lld\\n", count(l), sum(l));

which prints exactly what `printa("writes=%@lld bytes=%@lld\\n", @l_count, @l_sum)`
prints, empty or not. Without the guard, the printf is that printa
(ir/statsplit.py), so the guard is dropped, and with it the read of @count that
D's one-statistic aggregations could not otherwise hold.

Only this exact shape: no `else`, the test `count(l) > 0` (`!= 0`, or the
count alone) of an array without keys, and the one statement under it a printf
of nothing but statistics of that same array without keys. Anything else stays.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir

_STATS = ("count", "sum", "min", "max", "avg")


def guarded_prints_as_printa(prog: ir.Program) -> ir.Program:
    """`prog` with each such guarded printf replaced by the printf alone (which
    statsplit says as the printa); `prog` itself when there is none. A clause
    whose whole body is the guarded printf (its test the clause's predicate, as
    the Vue frontend reads `if` around a whole clause) loses the predicate."""
    if not any(guarded_clause(p) or any(guarded_printf(n) is not None for n in ir.walk(p.body))
               for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if guarded_clause(p):
            p.predicate = None
        p.body = ir.map_tree(p.body, lambda n: guarded_printf(n) or n)
    return prog


def guarded_clause(p: ir.Probe) -> bool:
    """A clause `when (count(l) > 0) { printf(.. statistics of l ..) }`."""
    if p.predicate is None or len(p.body.stmts) != 1:
        return False
    return guarded_printf(ir.If(p.predicate, p.body.stmts[0])) is not None


def _guarded(cond: ir.Expr) -> Optional[str]:
    """The array whose count `cond` tests for a value (`count(l) > 0`, `!= 0`, alone)."""
    if isinstance(cond, ir.Binary) and cond.op in (">", "!=") and cond.rhs == ir.IntLit(0):
        cond = cond.lhs
    if isinstance(cond, ir.AggRead) and cond.func == "count" and not cond.keys and not cond.args:
        return cond.agg
    return None


def guarded_printf(s) -> Optional[ir.Printf]:
    """The printf of a guarded print of one array's statistics, else None."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    agg = _guarded(s.cond)
    then = s.then
    if isinstance(then, ir.Block) and len(then.stmts) == 1:
        then = then.stmts[0]
    if agg is None or not isinstance(then, ir.Printf) or then.stderr or not then.args:
        return None
    if all(isinstance(a, ir.AggRead) and a.agg == agg and not a.keys and not a.args
           and a.func in _STATS for a in then.args):
        return then
    return None
