"""A read of a narrow variable followed by its wrapped step, read back as the
postfix step it ports.

`xtrace translate --to stp` writes D's `x = n--` on an `int n` (and Vue's
`r = c++` on a `char c`) as a porter does: the statement reads the variable and
the step follows as a statement of its own (print_postfix.py):

    x = n
    n = dtrace_int(n - 1)

Read back, those are two statements, where the source had one expression whose
value is the old one: `(int)((n = (int)(n - 1)) + 1)`, the D and Vue frontends'
lowering of the postfix. This pass gives the stap IR that expression again, so
the script translates back into the postfix it came from.

The two forms compute the same only when the variable always holds a value of
the step's type (the expression gives the old value converted to that type): so
the pass changes nothing unless every store into the variable anywhere in the
script converts to that one type or is a constant that type holds. A stap
script's own `x = v; v = (v + 1) & 0xff` on a variable that once held 300 keeps
its two statements.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

from .print_postfix import conditional_field

_Key = tuple[str, str]  # (name, scope)


def read_postfix_steps(prog: ir.Program) -> ir.Program:
    """`prog` with each `S; v = (T)(v +- 1)` pair, where S reads v once on every
    path and v only ever holds T's values, merged into S reading the postfix step."""
    narrow = _narrow_variables(prog)
    if not narrow:
        return prog
    bodies = [p.body for p in prog.probes] + [f.body for f in prog.functions]
    for block in (x for b in bodies for x in ir.walk([b]) if isinstance(x, ir.Block)):
        block.stmts = _merged(block.stmts, narrow)
    return prog


def _merged(stmts: list[ir.Stmt], narrow: dict[_Key, Type]) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    for s in stmts:
        step = _step(s, narrow)
        if step is not None and out and _fold_into(out[-1], step):
            continue
        out.append(s)
    return out


def _step(s: ir.Stmt, narrow: dict[_Key, Type]) -> Optional[ir.Assign]:
    """The store of `v = (T)(v + 1)` (or `- 1`) when `s` is that statement and v
    only ever holds T's values."""
    if not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)):
        return None
    a = s.expr
    v = a.target
    if not (a.op == "=" and isinstance(v, ir.Var) and isinstance(a.value, ir.Cast)
            and narrow.get((v.name, v.scope)) == a.value.to):
        return None
    inner = a.value.operand
    if isinstance(inner, ir.Binary) and inner.op in "+-" and _is_var(inner.lhs, v) \
            and isinstance(inner.rhs, ir.IntLit) and inner.rhs.value == 1:
        return a
    return None


def _fold_into(s: ir.Stmt, step: ir.Assign) -> bool:
    """Replace the one unconditional read of the step's variable in `s` with the
    postfix expression; False (and `s` unchanged) when `s` is no such statement."""
    if not isinstance(s, (ir.Printf, ir.ExprStmt, ir.AggUpdate)):
        return False
    v = step.target
    if sum(1 for x in ir.walk([s]) if _is_var(x, v)) != 1:
        return False
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and _is_var(s.expr.target, v):
        return False
    back = "-" if step.value.operand.op == "+" else "+"
    postfix = ir.Cast(step.value.to, ir.Binary(back, copy.deepcopy(step), ir.IntLit(1)),
                      loc=step.loc)

    def visit(node) -> bool:
        for name, value in vars(node).items():
            if conditional_field(node, name):
                continue
            kids = value if isinstance(value, list) else [value]
            for i, kid in enumerate(kids):
                if _is_var(kid, v):
                    if isinstance(value, list):
                        value[i] = postfix
                    else:
                        setattr(node, name, postfix)
                    return True
                if isinstance(kid, ir.Expr) and visit(kid):
                    return True
        return False

    return visit(s)


def _is_var(x, v: ir.Var) -> bool:
    return isinstance(x, ir.Var) and x.name == v.name and x.scope == v.scope


def _narrow_variables(prog: ir.Program) -> dict[_Key, Type]:
    """Each variable whose every store converts to one narrow integer type T (or is
    a constant T holds), with T; its start value, 0, is one of T's."""
    types: dict[_Key, Optional[Type]] = {}
    for g in prog.globals:
        if g.init is not None and _constant(g.init) is None:
            types[(g.name, "global")] = None
    bodies = [p.body for p in prog.probes] + [f.body for f in prog.functions]
    constants: list[tuple[_Key, int]] = []
    for x in ir.walk(bodies):
        if isinstance(x, ir.IncDec) and isinstance(x.target, ir.Var):
            types[(x.target.name, x.target.scope)] = None
        elif isinstance(x, ir.ForEach):
            for k in list(getattr(x, "keys", None) or []) + [getattr(x, "value", None)]:
                if isinstance(k, str):
                    types[(k, "local")] = None
        elif isinstance(x, ir.Assign) and isinstance(x.target, ir.Var):
            key = (x.target.name, x.target.scope)
            value = x.value
            if x.op == "=" and isinstance(value, ir.Cast) and value.to.kind == "int" \
                    and value.to.bits < 64:
                if types.setdefault(key, value.to) != value.to:
                    types[key] = None
            elif x.op == "=" and _constant(value) is not None:
                constants.append((key, _constant(value)))
            else:
                types[key] = None
    for g in prog.globals:
        if g.init is not None and _constant(g.init) is not None:
            constants.append(((g.name, "global"), _constant(g.init)))
    narrow = {k: t for k, t in types.items() if t is not None}
    for key, value in constants:
        t = narrow.get(key)
        if t is not None and not _holds(t, value):
            del narrow[key]
    return narrow


def _constant(e: ir.Expr) -> Optional[int]:
    if isinstance(e, ir.IntLit):
        return e.value
    if isinstance(e, ir.Unary) and e.op == "-" and isinstance(e.operand, ir.IntLit):
        return -e.operand.value
    return None


def _holds(t: Type, value: int) -> bool:
    lo, hi = (-(1 << (t.bits - 1)), (1 << (t.bits - 1)) - 1) if t.signed else (0, (1 << t.bits) - 1)
    return lo <= value <= hi
