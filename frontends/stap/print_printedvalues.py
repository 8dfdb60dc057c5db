"""A D port's sum() aggregation of an array's values said back as stap's auto-print.

stap prints at exit every global array the script writes and never reads; the D
port keeps a sum() aggregation beside such an array, updated before each store
by the change it makes, and prints it with printa in stap's row layout
(ir/printedvalues.py):

    @hits_values[k] = sum(v - hits[k]);
    hits[k] = v;
    ...
    END { printa("hits[\"%s\",%d]=0x%@x\\n", @hits_values); }   (aggsortrev)

Back in stap that is the array alone, which stap prints itself: the updates, the
aggregation and its printa go, and the END clause is stap's auto-print
(print_autoprint.py) when it is exactly what stap prints. Recognised only in that
shape: every update right before a store into the same element of one array,
by the store's own change (`v - a[k]` for `=`, the amount for `+=`, `-=`, `++`,
`--`), every store into the array after one, the aggregation read by that
printa alone (sorted by value, largest first, as stap prints an array) and
D's end-of-run dump of it, which prints nothing after that printa. The sum then
holds each element's value (the differences telescope), so the rows are the
array's, as stap prints them. D's store of 0 deletes the element, where stap
keeps it (and prints it 0x0, as the aggregation's row does): after an update it
is a store of 0 again.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.printedvalues import stap_row_format

from .print_autoprint import printfs_as_autoprint


def values_aggs_as_autoprint(prog: ir.Program) -> ir.Program:
    """`prog` (D) with each aggregation of an array's values (the module's shape)
    gone and the array auto-printed by stap, where its END clause then is stap's
    auto-print (printfs_as_autoprint); `prog` itself otherwise."""
    if prog.lang != "d":
        return prog
    pairs = [(g.name, a) for g in prog.globals if g.kind == "agg" and g.agg_func == "sum"
             if (a := _array_of(prog, g.name)) is not None]
    if not pairs:
        return prog
    out = copy.deepcopy(prog)
    for agg, a in pairs:
        _rewrite(out, agg, a)
    said = printfs_as_autoprint(out)
    last = said.probes[-1] if said.probes else None
    if said is out or last is None or not all(
            isinstance(s, ir.PrintVar) for s in last.body.stmts):
        return prog
    return said


def _target(s: ir.Stmt) -> Optional[ir.Index]:
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, (ir.Assign, ir.IncDec)) \
            and isinstance(s.expr.target, ir.Index):
        return s.expr.target
    return None


def _change(s: ir.Stmt, a: str) -> Optional[ir.Expr]:
    """The amount by which statement `s`, a store into an element of `a`, changes it
    (ir/printedvalues.py's update), or None."""
    t = _target(s)
    if isinstance(s, ir.Delete) and s.map == a and s.keys is not None:
        # D's store of 0
        return ir.Binary("-", ir.IntLit(0), ir.Index(a, s.keys))
    if t is None or t.map != a:
        return None
    e = s.expr
    if isinstance(e, ir.IncDec):
        return ir.IntLit(1 if e.op == "++" else -1)
    if e.op == "=":
        return ir.Binary("-", e.value, e.target)
    if e.op == "+=":
        return e.value
    if e.op == "-=":
        return ir.IntLit(-e.value.value) if isinstance(e.value, ir.IntLit) else ir.Unary("-", e.value)
    return None


def _keys(s: ir.Stmt) -> Optional[list[ir.Expr]]:
    return s.keys if isinstance(s, ir.Delete) else _target(s).keys


def _is_update(s: ir.Stmt, agg: str) -> bool:
    return isinstance(s, ir.AggUpdate) and s.agg == agg


def _array_of(prog: ir.Program, agg: str) -> Optional[str]:
    """The array whose values `agg` sums, in the module's shape, or None."""
    roots = list(ir.program_roots(prog))
    a: Optional[str] = None
    updates = 0
    followed: set[int] = set()
    for block in ir.program_blocks(prog):
        stmts = [s for s in block.stmts if not isinstance(s, ir.Comment)]
        for i, s in enumerate(stmts):
            if not _is_update(s, agg):
                continue
            updates += 1
            nxt = stmts[i + 1] if i + 1 < len(stmts) else None
            if a is None and nxt is not None:
                t = _target(nxt)
                a = t.map if t is not None else (nxt.map if isinstance(nxt, ir.Delete) else None)
            if a is None or nxt is None or s.func != "sum" or len(s.args) != 1:
                return None
            amount = _change(nxt, a)
            if amount is None or _keys(nxt) != s.keys or amount != s.args[0]:
                return None
            followed.add(id(nxt))
    g = prog.global_named(a) if a is not None else None
    if g is None or g.kind != "map" or g.key_types is None or g.type is None or not g.type.is_int:
        return None
    if updates != sum(1 for n in ir.walk(roots) if _is_update(n, agg)):
        return None  # an update that is an if's one statement
    # every store into the array follows an update
    if any((_change(n, a) is not None or isinstance(n, ir.Delete) and n.map == a) and id(n) not in followed
           for n in ir.walk(roots)):
        return None
    expr_stmts = {id(n.expr) for n in ir.walk(roots) if isinstance(n, ir.ExprStmt)}
    if any(isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Index)
           and n.target.map == a and id(n) not in expr_stmts for n in ir.walk(roots)):
        return None  # a store inside an expression
    row = stap_row_format(a, g.key_types).replace("%@", "%")
    printed = 0
    for n in ir.walk(roots):
        if isinstance(n, ir.PrintAgg) and (n.agg == agg or agg in [m for m in n.more]):
            if n.unless_printed and n.agg == agg and not n.more:
                continue
            if not (n.agg == agg and not n.more and n.layout == "format" and n.fmt == row
                    and n.sort_by == "value" and n.descending and n.value_func == "sum"
                    and n.keys is None and n.limit is None):
                return None
            printed += 1
        elif not isinstance(n, (ir.AggUpdate, ir.PrintAgg)) and agg in _names(n):
            return None  # read or changed otherwise (trunc, clear, a value read)
    return a if printed == 1 else None


def _names(n) -> set:
    return {getattr(n, f, None) for f in ("agg", "map", "name")}


def _rewrite(prog: ir.Program, agg: str, a: str) -> None:
    """`agg`'s updates, note and dumps gone, its printa stap's auto-print of `a`, and
    D's delete after an update a store of 0."""
    note = f"@{agg}[k] is {a}[k]"
    g = prog.global_named(a)
    had = {id(p) for p in prog.probes if p.body.stmts}
    for block in ir.program_blocks(prog):
        out: list[ir.Stmt] = []
        after_update = False
        for s in block.stmts:
            if isinstance(s, ir.Comment) and s.text.startswith(note) or _is_update(s, agg):
                after_update = after_update or _is_update(s, agg)
                continue
            if isinstance(s, ir.PrintAgg) and s.agg == agg:
                if not s.unless_printed:
                    out.append(ir.PrintVar(a, layout="stap", loc=s.loc))
                continue
            if after_update and isinstance(s, ir.Delete) and s.map == a:
                s = ir.ExprStmt(ir.Assign(ir.Index(a, s.keys, loc=s.loc, type=g.type), "=",
                                          ir.IntLit(0, loc=s.loc, type=g.type), loc=s.loc, type=g.type),
                                loc=s.loc)
            after_update = False
            out.append(s)
        block.stmts = out
    # a clause left empty by the dumps taken out (D's end-of-run dump) goes
    prog.probes = [p for p in prog.probes if p.body.stmts or p.predicate is not None or id(p) not in had]
    prog.globals = [x for x in prog.globals if x.name != agg]
