"""A stap port's divisor of an aggregation's printed value read back as D's normalize().

stap has no normalize(): the stap port of D's `normalize(@a, n)` keeps a global
divisor, 1 until the normalize() and n from there on, and its print of the
aggregation divides the value by it (frontends/stap/print_aggops.py):

    global a_scale = 1
    ... a_scale = 10 ...
    probe end { printf("\\n"); if (@count(a)) printf(" %16d\\n", @sum(a) / a_scale) }

Back in D, each store of the divisor is normalize(@a, n) and the print is the
printa of the aggregation, which divides by the last factor given as stap's
print divides by the divisor's last value. Only that shape: a global that starts
at 1, is stored only by statements of its own, and is read only as the divisor
of one aggregation without keys, in a printf of that value alone under the test
that the aggregation has one (what printa prints: nothing while it is empty).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.rundumps import once_blank_line

# the stap port's comment on the divisor's declaration (print_aggops.py)
_NOTE = "normalize()'s divisor of "


def divisors_as_normalize(prog: ir.Program) -> ir.Program:
    """`prog` (stap) with each divisor global in the module's shape said as D's
    normalize() and its print as printa; `prog` itself when there is none."""
    if prog.lang != "stap":
        return prog
    copied = copy.deepcopy(prog)
    _unguard(copied)
    found = {g.name: agg for g in copied.globals if (agg := _divided(copied, g)) is not None}
    if not found:
        return prog
    prog = copied

    def fn(n):
        if isinstance(n, ir.ExprStmt) and isinstance(n.expr, ir.Assign) \
                and isinstance(n.expr.target, ir.Var) and n.expr.target.name in found:
            return ir.AggControl("normalize", found[n.expr.target.name], [n.expr.value], loc=n.loc)
        printf = _print(n, found)
        if printf is not None:
            read = printf.args[0].lhs
            # (the value is the format's one conversion: printa's without its `@`)
            return ir.PrintAgg(read.agg, layout="format", fmt=printf.fmt, value_func=read.func,
                               loc=n.loc)
        return n
    ir.map_code(prog, fn)
    prog.globals = [g for g in prog.globals if g.name not in found]
    # the port's note on the divisor's declaration, which the reader kept above the
    # first probe, goes with it
    for p in prog.probes:
        p.comments = [c for c in p.comments if not c.startswith(_NOTE)]
    return prog


def _unguard(prog: ir.Program) -> None:
    """The clauses whose whole body is the print, its `if` made the clause's predicate
    by the lowering (common.whole_body_guard: D's exit dump alone in END, its blank
    line in the row), with the `if` put back into the body."""
    for p in prog.probes:
        body = p.body.stmts
        if p.predicate is None or len(body) != 1 or not isinstance(body[0], ir.Printf) \
                or len(body[0].args) != 1 or not isinstance(body[0].args[0], ir.Binary) \
                or not isinstance(body[0].args[0].rhs, ir.Var):
            continue
        guarded = ir.If(p.predicate, body[0], loc=p.predicate.loc)
        if _print(guarded, {body[0].args[0].rhs.name: _agg_of(guarded)}) is not None:
            p.predicate, p.body.stmts = None, [guarded]


def _print(n, found: dict[str, str]) -> Optional[ir.Printf]:
    """The printf of `if (@count(a)) printf(fmt, @stat(a) / divisor)`, else None."""
    if not isinstance(n, ir.If) or n.else_ is not None:
        return None
    then = n.then.stmts[0] if isinstance(n.then, ir.Block) and len(n.then.stmts) == 1 else n.then
    if isinstance(then, ir.Block) and len(then.stmts) == 2 and once_blank_line(then.stmts[0]) \
            and isinstance(then.stmts[1], ir.Printf):
        # D's exit dump of several: its one blank line, read back as the row's
        # (rundumps.once_blank_line)
        then = dataclasses.replace(then.stmts[1], fmt="\n" + then.stmts[1].fmt)
    if not isinstance(then, ir.Printf) or then.stderr or len(then.args) != 1:
        return None
    div = then.args[0]
    if not (isinstance(div, ir.Binary) and div.op == "/" and isinstance(div.rhs, ir.Var)
            and div.rhs.scope == "global" and div.rhs.name in found
            and isinstance(div.lhs, ir.AggRead) and div.lhs.agg == found[div.rhs.name]
            and not div.lhs.keys and not div.lhs.args):
        return None
    cond = n.cond
    if isinstance(cond, ir.Binary) and cond.op in (">", "!=") and cond.rhs == ir.IntLit(0):
        cond = cond.lhs
    if not (isinstance(cond, ir.AggRead) and cond.agg == div.lhs.agg and cond.func == "count"
            and not cond.keys and not cond.args):
        return None
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(then.fmt) if m.group() != "%%"]
    return then if len(convs) == 1 and convs[0].group()[-1] in "di" else None


def _divided(prog: ir.Program, g: ir.Global) -> Optional[str]:
    """The aggregation `g` divides the print of, in the module's shape, or None."""
    if g.kind != "scalar" or g.init != ir.IntLit(1):
        return None
    roots = list(ir.program_roots(prog))
    stores = {id(s.expr) for s in ir.walk(roots) if isinstance(s, ir.ExprStmt)
              and isinstance(s.expr, ir.Assign) and s.expr.op == "="
              and isinstance(s.expr.target, ir.Var) and s.expr.target.name == g.name}
    prints = [n for n in ir.walk(roots) if isinstance(n, ir.If)]
    aggs = set()
    reads = 0
    for n in prints:
        p = _print(n, {g.name: _agg_of(n)})
        if p is not None:
            aggs.add(p.args[0].lhs.agg)
            reads += 1
    uses = 0
    for n in ir.walk(roots):
        if isinstance(n, ir.Assign) and isinstance(n.target, ir.Var) and n.target.name == g.name:
            if id(n) not in stores:
                return None
        elif isinstance(n, ir.IncDec) and isinstance(n.target, ir.Var) and n.target.name == g.name:
            return None
        elif isinstance(n, ir.Var) and n.scope == "global" and n.name == g.name:
            uses += 1
    # each Var node: a store's target or a print's divisor
    if len(aggs) != 1 or uses != len(stores) + reads:
        return None
    agg = aggs.pop()
    ga = prog.global_named(agg)
    if ga is None or ga.kind != "agg" or ga.key_types:
        return None
    return agg


def _agg_of(n: ir.If) -> str:
    """The aggregation the condition of `n` tests (for _print's check), or ""."""
    cond = n.cond
    if isinstance(cond, ir.Binary) and cond.op in (">", "!="):
        cond = cond.lhs
    return cond.agg if isinstance(cond, ir.AggRead) else ""
