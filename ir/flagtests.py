"""A flag chosen by a condition, then tested, said as the condition itself.

D's io provider describes a Linux block request with Solaris's buffer flags:
`args[0]->b_flags` is `is_write ? B_WRITE : B_READ` (frontends/d/translators.py),
so DTrace's idiom `args[0]->b_flags & B_READ ? "R" : "W"` becomes, word for word,

    ((cmd_flags & 255) == 1 ? 256 : 64) & 64 ? "R" : "W"

which no porter writes. With constants on both arms and as the mask, the mask goes
inside (`c ? 256 & 64 : 64 & 64` is `c ? 0 : 64`), and a ternary of constants that
is only tested for being non-zero is its condition, or the condition negated:

    (cmd_flags & 255) != 1 ? "R" : "W"

Both steps keep the value of every test (only a truth value is read where the
ternary is dropped), so the translation prints what it printed before.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir

_NEGATED = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}


def _rewrite_children(prog: ir.Program, rewrite) -> None:
    """Every expression child of every node of `prog`'s bodies replaced by `rewrite` of it."""
    for n in list(ir.walk(_bodies(prog))):
        for name in n.__dataclass_fields__:
            v = getattr(n, name)
            if isinstance(v, ir.Expr):
                setattr(n, name, rewrite(v))
            elif isinstance(v, list):
                setattr(n, name, [rewrite(x) if isinstance(x, ir.Expr) else x for x in v])


def flag_tests_as_conditions(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with masked constant ternaries folded and those only tested
    said as their conditions; `prog` itself when it has none."""
    if not any(_masked_ternary(n) is not None for n in ir.walk(_bodies(prog))):
        return prog
    prog = copy.deepcopy(prog)
    _rewrite_children(prog, _fold)
    _rewrite_children(prog, _compared)
    for n in list(ir.walk(_bodies(prog))):
        if isinstance(n, (ir.If, ir.Ternary, ir.While)):
            n.cond = _tested(n.cond)
        elif isinstance(n, ir.Binary) and n.op in ("&&", "||"):
            n.lhs, n.rhs = _tested(n.lhs), _tested(n.rhs)
        elif isinstance(n, ir.Unary) and n.op == "!":
            n.operand = _tested(n.operand)
    for p in prog.probes:
        if p.predicate is not None:
            p.predicate = _tested(_fold(p.predicate))
    return prog


def _bodies(prog: ir.Program) -> list:
    return [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate] \
        + [f.body for f in prog.functions]


def _masked_ternary(e) -> Optional[tuple[ir.Ternary, int]]:
    """(the ternary, the mask) of `(c ? K1 : K2) & M` with constants K1, K2, M."""
    if not (isinstance(e, ir.Binary) and e.op == "&"):
        return None
    for t, m in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if isinstance(t, ir.Translated):  # D's translator member: its Linux value
            t = t.value
        if (isinstance(t, ir.Ternary) and isinstance(m, ir.IntLit)
                and isinstance(t.then, ir.IntLit) and isinstance(t.else_, ir.IntLit)):
            return t, m.value
    return None


def _fold(e: ir.Expr) -> ir.Expr:
    got = _masked_ternary(e)
    if got is None:
        return e
    t, mask = got
    return ir.Ternary(t.cond, ir.IntLit(t.then.value & mask, loc=t.then.loc),
                      ir.IntLit(t.else_.value & mask, loc=t.else_.loc), loc=e.loc, type=e.type)


def _tested(e: ir.Expr) -> ir.Expr:
    """`e` where only its truth is read: a ternary of a non-zero and a zero constant
    is its condition (or the condition negated); `!` of one, the other way round."""
    if isinstance(e, ir.Unary) and e.op == "!":
        inner = _tested(e.operand)
        return _negated(inner) if inner is not e.operand else e
    if not (isinstance(e, ir.Ternary) and isinstance(e.then, ir.IntLit)
            and isinstance(e.else_, ir.IntLit)):
        return e
    then, else_ = e.then.value != 0, e.else_.value != 0
    if then and not else_:
        return e.cond
    if else_ and not then:
        return _negated(e.cond)
    return e


def _compared(e: ir.Expr) -> ir.Expr:
    """`(c ? K : 0) != 0` (`== 0`) as `c` (`!c`) when that is itself a truth value
    (a comparison or a `!`): the same 1 or 0, as `(b_flags & B_READ) != 0` is."""
    if not (isinstance(e, ir.Binary) and e.op in ("!=", "==") and isinstance(e.rhs, ir.IntLit)
            and e.rhs.value == 0 and isinstance(e.lhs, ir.Ternary)):
        return e
    cond = _tested(e.lhs)
    if cond is e.lhs:
        return e
    cond = cond if e.op == "!=" else _negated(cond)
    if (isinstance(cond, ir.Binary) and cond.op in _NEGATED) or (isinstance(cond, ir.Unary) and cond.op == "!"):
        return cond
    return e


def _negated(c: ir.Expr) -> ir.Expr:
    if isinstance(c, ir.Binary) and c.op in _NEGATED:
        return ir.Binary(_NEGATED[c.op], c.lhs, c.rhs, loc=c.loc, type=c.type)
    if isinstance(c, ir.Unary) and c.op == "!":
        return c.operand
    return ir.Unary("!", c, loc=c.loc, type=c.type)
