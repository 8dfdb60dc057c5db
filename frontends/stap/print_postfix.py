"""A D integer's postfix step printed as a porter writes it in stap.

The D frontend lowers `me++` on a variable declared narrower than 64 bits (`int
me;`) to `(int)((me = (int)(me + 1)) - 1)`: the store wraps as C's does and the
value is the old one. In stap, whose numbers are 64 bits, that reads as
`dtrace_int((me = dtrace_int(me + 1)) - 1)`. Where the step is an argument of a
printf that mentions the variable nowhere else (dtrace-utils' clause.d:
`printf("Clause 1 is number %d; foo is %d", me++ % 3, this->foo++)`), the printf reads
the variable and the step follows it as a statement of its own, which prints and
stores the same:

    printf("Clause 1 is number %d; foo is %d", me % 3, foo)
    me = dtrace_int(me + 1)
    foo = dtrace_int(foo + 1)
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir


def postfix_steps_after(s: ir.Printf) -> Optional[tuple[ir.Printf, list[ir.Stmt]]]:
    """(the printf reading the variables, the steps after it), or None when no
    argument is such a step of a variable it mentions only there."""
    steps: list[ir.Stmt] = []
    printf = copy.deepcopy(s)

    def visit(node):
        for name, value in vars(node).items():
            kids = value if isinstance(value, list) else [value]
            for i, kid in enumerate(kids):
                if not isinstance(kid, ir.Expr):
                    continue
                store = _postfix_store(kid)
                if store is not None and _mentions(printf, store.target) == 2:
                    steps.append(ir.ExprStmt(store, loc=kid.loc))
                    replacement = copy.deepcopy(store.target)
                    if isinstance(value, list):
                        value[i] = replacement
                    else:
                        setattr(node, name, replacement)
                else:
                    visit(kid)

    for i, a in enumerate(printf.args):
        store = _postfix_store(a)
        if store is not None and _mentions(printf, store.target) == 2:
            steps.append(ir.ExprStmt(store, loc=a.loc))
            printf.args[i] = copy.deepcopy(store.target)
        else:
            visit(a)
    return (printf, steps) if steps else None


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
