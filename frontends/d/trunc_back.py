"""A stap port's loops that keep an aggregation's first rows read back as D's trunc().

stap has no trunc(@a, n): the stap port (frontends/stap/print_aggops.py) marks
the rows after the n largest (the -n smallest for n < 0) in a scratch array, then
deletes them:

    kept = 0
    foreach ([k] in a @sum-)
        if (kept++ >= n)
            gone[k] = 1
    foreach ([k] in gone)
        delete a[k]
    delete gone

Back in D that is trunc(@a, n), which keeps the same rows: the n with the largest
values (sorted on the statistic the aggregation holds, the one every other read
of it reads). Only that shape, four statements in a row: the counter a local
nothing else reads, the scratch array a global nothing else uses.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.constint import int_value

from .portruns import Run, local_vars, one, runs_replaced

# the stap port's comment on the scratch array's declaration (print_aggops.py)
_NOTE = "the elements trunc() removes"


def truncating_loops_as_trunc(prog: ir.Program) -> ir.Program:
    """`prog` (stap) with each run of the module's four statements said as
    D's trunc(); `prog` itself when there is none."""
    return runs_replaced(prog, _at, _NOTE)


def _at(prog: ir.Program, stmts: list[ir.Stmt], i: int) -> Optional[Run]:
    """The trunc the four statements from stmts[i] stand for, or None."""
    if i + 4 > len(stmts):
        return None
    start, mark, drop, clear = stmts[i:i + 4]
    if not (isinstance(start, ir.ExprStmt) and isinstance(start.expr, ir.Assign)
            and start.expr.op == "=" and isinstance(start.expr.target, ir.Var)
            and start.expr.target.scope == "local" and start.expr.value == ir.IntLit(0)):
        return None
    kept = start.expr.target.name
    if not (isinstance(mark, ir.ForEach) and mark.sort_column == 0 and mark.limit is None
            and mark.value is None and mark.keys):
        return None
    agg = prog.global_named(mark.map)
    test = one(mark.body)
    if agg is None or agg.kind != "agg" or not isinstance(test, ir.If) or test.else_ is not None:
        return None
    cond, then = test.cond, one(test.then)
    if not (isinstance(cond, ir.Binary) and cond.op == ">=" and int_value(cond.rhs) is not None
            and cond.lhs == ir.IncDec(ir.Var(kept, "local"), "++", prefix=False)):
        return None
    if not (isinstance(then, ir.ExprStmt) and isinstance(then.expr, ir.Assign) and then.expr.op == "="
            and isinstance(then.expr.target, ir.Index) and local_vars(then.expr.target.keys, mark.keys)):
        return None
    scratch = then.expr.target.map
    g = prog.global_named(scratch)
    if g is None or g.kind != "map" or scratch == mark.map:
        return None
    if not (isinstance(drop, ir.ForEach) and drop.map == scratch and drop.sort_column is None
            and drop.limit is None and drop.value is None):
        return None
    gone = one(drop.body)
    if not (isinstance(gone, ir.Delete) and gone.map == mark.map and gone.keys is not None
            and local_vars(gone.keys, drop.keys)):
        return None
    if not (isinstance(clear, ir.Delete) and clear.map == scratch and clear.keys is None):
        return None
    roots = list(ir.program_roots(prog))
    ours = {id(x) for s in (mark, drop, clear) for x in ir.walk(s)}
    if any(id(x) not in ours and scratch in (getattr(x, "map", None), getattr(x, "name", None))
           for x in ir.walk(roots)):
        return None  # the scratch array used elsewhere
    if any(id(x) not in ours and id(x) != id(start.expr.target) and isinstance(x, ir.Var)
           and x.scope == "local" and x.name == kept for x in ir.walk(roots)):
        return None  # the counter read after (a stap local: its probe's)
    # sorted on the statistic the aggregation is read as everywhere else
    stats = {x.func for x in ir.walk(roots) if isinstance(x, ir.AggRead) and x.agg == mark.map} \
        | {x.value_func for x in ir.walk(roots) if isinstance(x, ir.PrintAgg) and x.agg == mark.map} \
        | {x.sort_stat for x in ir.walk(roots) if isinstance(x, ir.ForEach) and x.map == mark.map
           and x.sort_column == 0}
    if stats != {mark.sort_stat}:
        return None
    # a constant expression (zonecalls.d's `TOP + 1`) stays as written where it is n
    n = cond.rhs if mark.descending else ir.IntLit(-int_value(cond.rhs)[0], loc=cond.rhs.loc)
    return Run(ir.AggControl("trunc", mark.map, [n], loc=start.loc), 4, scratch)
