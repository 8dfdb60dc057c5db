"""A D integer's postfix step printed as a porter writes it in stap.

The D frontend lowers `me++` on a variable declared narrower than 64 bits (`int
me;`) to `(int)((me = (int)(me + 1)) - 1)`: the store wraps as C's does and the
value is the old one. In stap, whose numbers are 64 bits, that reads as
`dtrace_int((me = dtrace_int(me + 1)) - 1)`. Where the step is an argument of a
printf that mentions the variable nowhere else (dtrace-utils' clause.d:
`printf("Clause 1 is number %d; foo is %d", me++ % 3, this->foo++)`), or of a store
or an aggregation update (`y = me++`), the statement reads the variable and the step
follows it as a statement of its own, which prints and stores the same:

    printf("Clause 1 is number %d; foo is %d", me % 3, foo)
    me = dtrace_int(me + 1)
    foo = dtrace_int(foo + 1)
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir


def postfix_steps_after(s: ir.Stmt) -> Optional[tuple[ir.Stmt, list[ir.Stmt]]]:
    """(the statement reading the variables, the steps after it), or None when no
    step of a variable the statement mentions only there is sure to run.

    A printf, an expression statement (`y = me++`) or an aggregation update
    (`@a[me++] = count()`); a step under a `?:` branch or the right of `&&`/`||`
    runs only sometimes, so it stays where it is."""
    if not isinstance(s, (ir.Printf, ir.ExprStmt, ir.AggUpdate)):
        return None
    if isinstance(s, ir.ExprStmt) and _postfix_store(s.expr) is not None:
        return None  # the statement is the step alone: the printer's `me = dtrace_int(me + 1)`
    steps: list[ir.Stmt] = []
    stmt = copy.deepcopy(s)

    def replaced(kid: ir.Expr) -> Optional[ir.Expr]:
        store = _postfix_store(kid)
        if store is None or _mentions(stmt, store.target) != 2:
            return None
        steps.append(ir.ExprStmt(store, loc=kid.loc))
        return copy.deepcopy(store.target)

    def visit(node) -> None:
        for name, value in vars(node).items():
            if conditional_field(node, name):
                continue
            kids = value if isinstance(value, list) else [value]
            for i, kid in enumerate(kids):
                if not isinstance(kid, ir.Expr):
                    continue
                new = replaced(kid)
                if new is None:
                    visit(kid)
                elif isinstance(value, list):
                    value[i] = new
                else:
                    setattr(node, name, new)

    visit(stmt)
    return (stmt, steps) if steps else None


def conditional_field(node, field: str) -> bool:
    """Whether `node.field` is evaluated only on some paths."""
    return (isinstance(node, ir.Ternary) and field in ("then", "else_")) or \
        (isinstance(node, ir.Binary) and node.op in ("&&", "||") and field == "rhs")


def _postfix_store(e: ir.Expr) -> Optional[ir.Assign]:
    """The store of `(T)((v = (T)(v + 1)) - 1)` (or its `--` form), the lowering's
    postfix step of a narrow variable v."""
    if not (isinstance(e, ir.Cast) and isinstance(e.operand, ir.Binary) and e.operand.op in "+-"
            and e.operand.rhs == ir.IntLit(1)):
        return None
    store = e.operand.lhs
    if not (isinstance(store, ir.Assign) and store.op == "=" and isinstance(store.target, ir.Var)
            and isinstance(store.value, ir.Cast)):
        return None
    inner = store.value.operand
    if not (isinstance(inner, ir.Binary) and inner.op in "+-" and inner.op != e.operand.op
            and inner.lhs == store.target and inner.rhs == ir.IntLit(1)):
        return None
    if (store.value.to.bits, store.value.to.signed) != (e.to.bits, e.to.signed):
        return None
    return store


def _mentions(node, var: ir.Var) -> int:
    """How many times `node` mentions variable `var`."""
    return sum(1 for x in ir.walk([node]) if isinstance(x, ir.Var) and x.name == var.name
               and x.scope == var.scope)
