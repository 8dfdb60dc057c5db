"""Which globals a script writes and which it uses, the way stap decides auto-printing.

stap prints, at the end of the run, every global that is written but not
both read and *used* (elaborate.cxx add_global_var_display, with
staptree.cxx varuse_collecting_visitor). Writes are `x = v`, `x <<< v`,
`delete x`, `x++` and `x += v`. Any plain mention of x in an expression is a
use, and so is `delete x` / `delete x[k]` (stap visits a delete as a *crement
whose value is consumed), so a global the script deletes is never printed. `x++` and `x += v` are uses only where stap considers their value
consumed: inside printf arguments, either side of a plain `=` or `<<<`, an
array index, a ternary condition or a delete - not in an if condition or a
bare expression statement.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from xtrace.ir import nodes as ir


@dataclass
class Usage:
    written: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)


def collect(probes: list[ir.Probe]) -> Usage:
    """Written / used global names over the probes (predicates included)."""
    u = Usage()
    for p in probes:
        if p.predicate is not None:
            _expr(p.predicate, u, False)
        _stmt(p.body, u)
    return u


def unused_written(prog_globals: list[ir.Global], probes: list[ir.Probe]) -> list[ir.Global]:
    """The globals stap would auto-print, in declaration order."""
    u = collect(probes)
    return [g for g in prog_globals if g.name in u.written and g.name not in u.used]


def _global_name(e: ir.Expr) -> str | None:
    """The global a Var or Index names (thread-locals print as tid()-keyed globals)."""
    if isinstance(e, ir.Var):
        return e.name if e.scope in ("global", "thread") else None
    if isinstance(e, ir.Index):
        return e.map
    return None


def _keys(keys: list[ir.Expr], u: Usage) -> None:
    for k in keys:
        _expr(k, u, True)  # stap visits array indexes as consumed values


def _expr(e: ir.Expr | None, u: Usage, value_read: bool) -> None:
    """Visit e; value_read is stap's current_lvalue_read (is a *crement's value consumed?)."""
    if e is None:
        return
    if isinstance(e, ir.Var):
        name = _global_name(e)
        if name is not None:
            u.used.add(name)
    elif isinstance(e, ir.Index):
        u.used.add(e.map)
        _keys(e.keys, u)
    elif isinstance(e, ir.AggRead):
        u.used.add(e.agg)
        _keys(e.keys, u)
    elif isinstance(e, ir.InMap):
        u.used.add(e.map)
        _keys(e.keys, u)
    elif isinstance(e, ir.Assign) and e.op == "=":
        _write(e.target, u, read_modify=False, value_read=True)
        _expr(e.value, u, True)
    elif isinstance(e, ir.Assign):
        _write(e.target, u, read_modify=True, value_read=value_read)
        _expr(e.value, u, value_read)
    elif isinstance(e, ir.IncDec):
        _write(e.target, u, read_modify=True, value_read=value_read)
    elif isinstance(e, ir.Ternary):
        _expr(e.cond, u, True)
        _expr(e.then, u, value_read)
        _expr(e.else_, u, value_read)
    elif isinstance(e, ir.Unary):
        _expr(e.operand, u, value_read)
    elif isinstance(e, ir.Binary):
        _expr(e.lhs, u, value_read)
        _expr(e.rhs, u, value_read)
    elif isinstance(e, ir.Call):
        for a in e.args:
            _expr(a, u, value_read)
    elif isinstance(e, (ir.FuncCall, ir.Sprintf)):
        for a in e.args:
            _expr(a, u, True)
    else:  # Cast, KernelCast, KernelMember...: a read of whatever they contain
        for f in dataclasses.fields(e):
            child = getattr(e, f.name)
            for c in child if isinstance(child, list) else [child]:
                if isinstance(c, ir.Expr):
                    _expr(c, u, True)


def _write(target: ir.Expr, u: Usage, read_modify: bool, value_read: bool) -> None:
    name = _global_name(target)
    if name is not None:
        u.written.add(name)
        if read_modify and value_read:
            u.used.add(name)
    if isinstance(target, ir.Index):
        _keys(target.keys, u)


def _stmt(s: ir.Stmt | None, u: Usage) -> None:
    if s is None:
        return
    if isinstance(s, ir.ExprStmt):
        _expr(s.expr, u, False)
    elif isinstance(s, ir.Block):
        for x in s.stmts:
            _stmt(x, u)
    elif isinstance(s, ir.If):
        _expr(s.cond, u, False)
        _stmt(s.then, u)
        _stmt(s.else_, u)
    elif isinstance(s, ir.Printf):
        for a in s.args:
            _expr(a, u, True)
    elif isinstance(s, ir.Exit):
        _expr(s.status, u, True)
    elif isinstance(s, ir.AggUpdate):
        u.written.add(s.agg)
        _keys(s.keys, u)
        for a in s.args:
            _expr(a, u, True)
    elif isinstance(s, ir.Delete):
        # stap's varuse visitor takes a delete for a read-modify-write whose value is read
        u.written.add(s.map)
        u.used.add(s.map)
        _keys(s.keys or [], u)
    elif isinstance(s, ir.While):
        _expr(s.cond, u, False)
        _stmt(s.body, u)
        _expr(s.step, u, False)
    elif isinstance(s, ir.ForEach):
        u.used.add(s.map)
        _expr(s.limit, u, True)
        _stmt(s.body, u)
    elif isinstance(s, ir.Return):
        _expr(s.value, u, True)
    elif isinstance(s, ir.Try):
        _stmt(s.body, u)
        _stmt(s.handler, u)
    elif isinstance(s, ir.TraceValue):
        _expr(s.value, u, True)  # Vue's trace(v) reads v
    elif isinstance(s, (ir.Speculate, ir.SpecEnd)):
        _expr(s.id, u, True)  # D's speculate(id): stap's speculate(id, ...) passes it
    elif isinstance(s, ir.AggControl):
        # normalize(@a, (timestamp - start) / 1000000000) reads start: the port
        # computes the divisor where D does
        for a in s.args:
            _expr(a, u, True)
    elif isinstance(s, (ir.PrintAgg, ir.PrintVar)):
        u.used.add(s.agg if isinstance(s, ir.PrintAgg) else s.name)
        if isinstance(s, ir.PrintAgg):
            u.used.update(s.more)
