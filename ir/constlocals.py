"""The locals of a probe that hold one constant wherever they are read.

stap scripts name a constant before passing it to a string function
(`s = "abc"; stringat(s, 0)`, `n = 42; sprintf("%x", n)`). A call of such a local
is a call of constants (ir/conststr.py), which a port writes as its value where the
target has no function for it. A local counts when the probe stores into it once,
with `=` of a literal, in a statement of the probe's own block (not under an if or
a loop, so the store always runs), and mentions it nowhere before that statement:
every read then sees the literal.
"""

from __future__ import annotations

from typing import Optional, Union

from . import nodes as ir
from .constint import int_value

Value = Union[int, str]


def constant_locals(body: ir.Block) -> dict[str, Value]:
    """The locals of probe `body` that hold one literal wherever they are read."""
    return {name: e.value for name, e in _stored_once(body).items()
            if isinstance(e, (ir.IntLit, ir.StrLit))}


def constant_int_locals(body: ir.Block) -> dict[str, ir.Expr]:
    """The locals of probe `body` that hold one integer constant wherever they are
    read, by the same rule, each with the expression stored (a literal, or C's
    constant expression of one: D's `(unsigned char)200`, ir/constint.py)."""
    return {name: e for name, e in _stored_once(body).items() if int_value(e) is not None}


def _stored_once(body: ir.Block) -> dict[str, ir.Expr]:
    """The locals `body` stores into once, with `=` in a statement of its own block,
    mentioned nowhere before: each with the expression stored."""
    stores: dict[str, int] = {}
    for x in ir.walk(body):
        for name in _stored(x):
            stores[name] = stores.get(name, 0) + 1
    out: dict[str, ir.Expr] = {}
    seen: set[str] = set()
    for s in body.stmts:
        a = s.expr if isinstance(s, ir.ExprStmt) else None
        if isinstance(a, ir.Assign) and a.op == "=" and isinstance(a.target, ir.Var) \
                and a.target.scope == "local" and a.target.name not in seen \
                and stores.get(a.target.name) == 1:
            out[a.target.name] = a.value
        seen |= {x.name for x in ir.walk(s) if isinstance(x, ir.Var) and x.scope == "local"}
    return out


def _stored(x) -> list[str]:
    """The names of the locals node `x` stores into (an assignment's or an
    increment's target, a foreach's variables, a catch's, a deleted scalar)."""
    if isinstance(x, (ir.Assign, ir.IncDec)):
        t = x.target
        return [t.name] if isinstance(t, ir.Var) and t.scope == "local" else []
    if isinstance(x, ir.ForEach):
        return [*x.keys, *([x.value] if x.value else [])]
    if isinstance(x, ir.Try):
        return [x.catch_var] if x.catch_var else []
    if isinstance(x, ir.Delete) and x.keys is None:
        return [x.map, x.map]   # emptied: not one value throughout
    return []


def local_leaf(consts: dict[str, Value]):
    """A leaf for ir/conststr.value(): a local of `consts` is its literal."""
    def leaf(e: ir.Expr) -> Optional[Value]:
        if isinstance(e, ir.Var) and e.scope == "local":
            return consts.get(e.name)
        return None
    return leaf
