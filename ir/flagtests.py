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
    _rewrite_children(prog, _decided)
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


def _flag_terms(e: ir.Expr) -> Optional[list[ir.Expr]]:
    """The terms of `e` when it ORs constants and ternaries of constants together
    (D's b_flags: `(w ? B_WRITE : B_READ) | (sync ? 0 : B_ASYNC) | B_PHYS`), else None."""
    if isinstance(e, ir.Translated):  # D's translator member: its Linux value
        e = e.value
    if isinstance(e, ir.Binary) and e.op == "|":
        lhs, rhs = _flag_terms(e.lhs), _flag_terms(e.rhs)
        return None if lhs is None or rhs is None else lhs + rhs
    if isinstance(e, ir.IntLit) or (isinstance(e, ir.Ternary) and isinstance(e.then, ir.IntLit)
                                    and isinstance(e.else_, ir.IntLit)):
        return [e]
    return None


def _masked_ternary(e) -> Optional[tuple[list[ir.Expr], int]]:
    """(the terms, the mask) of `(c ? K1 : K2 | ...) & M` with constants K1, K2, M
    (see _flag_terms)."""
    if not (isinstance(e, ir.Binary) and e.op == "&"):
        return None
    for t, m in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        terms = _flag_terms(t) if isinstance(m, ir.IntLit) else None
        if terms and any(isinstance(x, ir.Ternary) for x in terms):
            return terms, m.value
    return None


def _masked(t: ir.Expr, mask: int) -> ir.Expr:
    if isinstance(t, ir.IntLit):
        return ir.IntLit(t.value & mask, loc=t.loc)
    then, else_ = t.then.value & mask, t.else_.value & mask
    if then == else_:  # the mask leaves both arms alike: the condition decides nothing
        return ir.IntLit(then, loc=t.loc)
    return ir.Ternary(t.cond, ir.IntLit(then, loc=t.then.loc), ir.IntLit(else_, loc=t.else_.loc),
                      loc=t.loc, type=t.type)


def _fold(e: ir.Expr) -> ir.Expr:
    got = _masked_ternary(e)
    if got is None:
        return e
    terms, mask = got
    kept = [x for x in (_masked(t, mask) for t in terms)
            if not (isinstance(x, ir.IntLit) and x.value == 0)]
    if all(isinstance(x, ir.IntLit) for x in kept):
        value = 0
        for x in kept:
            value |= x.value
        return ir.IntLit(value, loc=e.loc)
    out = kept[0]
    for x in kept[1:]:
        out = ir.Binary("|", out, x, loc=e.loc, type=e.type)
    if isinstance(out, ir.Ternary):
        out = ir.Ternary(out.cond, out.then, out.else_, loc=e.loc, type=e.type)
    return out


def _decided(e: ir.Expr) -> ir.Expr:
    """A ternary on a flag test the mask decides (`b_flags & B_PHYS ? .. : ..`, the
    constant B_PHYS on Linux) as the arm it takes."""
    if isinstance(e, ir.Ternary) and _masked_ternary(e.cond) is not None:
        folded = _fold(e.cond)
        if isinstance(folded, ir.IntLit):
            return e.then if folded.value else e.else_
    return e


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
