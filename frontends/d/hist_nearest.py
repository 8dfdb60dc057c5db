"""`translate --force --to d`: a stap histogram as D's own, printed by printa().

stap's print(@hist_log(s)) draws its own `value |@@@@ count` rows, which D cannot
(no loops), so without --force such a script is refused, naming quantize() as the
nearest. With --force the port keeps the data: the statistic becomes the D
aggregation with the same buckets (hist_log's powers of two are quantize()'s;
hist_linear(v, start, stop, interval) counts [start, stop + interval) in steps of
interval, as lquantize(v, start, stop + interval, interval) does: ir/histequiv.py),
and each print of it a printa() in DTrace's layout, after a comment saying how the
layouts differ. Only where every print shows a whole aggregation (a keyless statistic, or
stap's loop printing each element's histogram): D cannot print one element of an
aggregation, nor read a bucket's count.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.histequiv import DTRACE_HIST
from xtrace.ir.presence import splice_statements
from xtrace.ir.statvalues import part_name
from xtrace.ir.types import INT64


def hist_printable(agg: str, nodes: list) -> bool:
    """Whether every print of the stap histogram `agg` among `nodes` has a printa
    form (the whole aggregation), and nothing reads one of its buckets."""
    for n in nodes:
        if isinstance(n, ir.HistBucket) and n.agg == agg:
            return False
        if isinstance(n, ir.PrintAgg) and n.agg == agg and n.layout == "stap_hist" and n.keys:
            return False
    return True


def hist_as_printa(s: ir.PrintAgg, func: str) -> ir.PrintAgg:
    """stap's print of every element's histogram (each after its keys' printf, if
    any) as a printa of the D aggregation `func` (quantize, lquantize): the keys'
    format then the distribution (`%@d`), or DTrace's default layout."""
    if s.fmt:
        return dataclasses.replace(s, layout="format", fmt=s.fmt + "%@d", value_func=func, keys=None)
    return dataclasses.replace(s, layout="dtrace", fmt=None, value_func=func, keys=None)


def hist_differs(s: ir.PrintAgg) -> str:
    """What the nearest comment says differs between stap's histogram and printa's."""
    what = f"@{s.value_func}({s.agg})"
    return (f"stap prints {what} as `value |@@@@ count` rows (its bar scale, runs of empty "
            "buckets elided); D's printa() prints the same buckets as DTrace's `value  "
            "---- Distribution ---- count` block")


def hist_counts_kept(prog: ir.Program) -> ir.Program:
    """(--force) A keyless stap histogram D prints as its own whose @count a test
    reads (`if (@count(s)) { printf(...) print(@hist_log(s)) }`, so that nothing
    prints before a value came) with a plain count beside it, as a D porter keeps
    one to test: D cannot read an aggregation. The count goes up at each update and
    back to 0 where stap deletes the statistic. `prog` itself when there is none."""
    trees = [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate is not None]
    nodes = list(ir.walk(trees))
    names = [g.name for g in prog.globals if g.kind == "agg" and _counted_histogram(g.name, nodes)]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    counts = {}
    for name in names:
        counts[name] = part_name(prog, name, "count")
        at = next(i for i, g in enumerate(prog.globals) if g.name == name)
        prog.globals.insert(at + 1, ir.Global(counts[name], "scalar", type=INT64,
                                              loc=prog.globals[at].loc))

    def count(name: str, loc) -> ir.Var:
        return ir.Var(counts[name], "global", loc=loc, type=INT64)

    def with_count(s: ir.Stmt) -> Optional[list[ir.Stmt]]:
        if isinstance(s, ir.AggUpdate) and s.agg in counts:
            return [s, ir.ExprStmt(ir.IncDec(count(s.agg, s.loc), "++", False, loc=s.loc), loc=s.loc)]
        if isinstance(s, ir.Delete) and s.map in counts:
            zero = ir.Assign(count(s.map, s.loc), "=", ir.IntLit(0, loc=s.loc), loc=s.loc)
            return [s, ir.ExprStmt(zero, loc=s.loc)]
        return None

    def read(e: ir.Expr) -> ir.Expr:
        if isinstance(e, ir.AggRead) and e.agg in counts and e.func == "count":
            return count(e.agg, e.loc)
        return e

    splice_statements(prog, with_count, read)
    return prog


def _counted_histogram(name: str, nodes: list) -> bool:
    """Whether `name` is a keyless stap histogram printable as D's own whose @count is
    read (and nothing else of it is, but by its prints)."""
    funcs = {n.func for n in nodes if isinstance(n, ir.AggUpdate) and n.agg == name}
    if not funcs or not funcs <= set(DTRACE_HIST) or not hist_printable(name, nodes):
        return False
    if any(isinstance(n, (ir.AggUpdate, ir.AggRead)) and n.agg == name and n.keys for n in nodes):
        return False
    reads = {n.func for n in nodes if isinstance(n, ir.AggRead) and not isinstance(n, ir.HistBucket)
             and n.agg == name}
    return reads == {"count"}
