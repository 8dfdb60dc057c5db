"""stap's `next` and Vue's `return` (leave the probe handler early) said
without them, for D.

D cannot leave a clause early, but a `next` outside loops only
decides which of the statements after it still run. So the statements that
follow an `if` holding a `next` move into that `if`'s branches: a branch that
ends in `next` drops them, one that falls through runs them. A `next` inside a
loop is left alone (D refuses the loop anyway), so is one in a function.
`if (c) next; else S` comes out as `if (!c) S`, as a person would write it.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .types import INT32


def eliminate_next(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose probe bodies hold no `next` outside loops."""
    if not any(_has_next(p.body) for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if _has_next(p.body):
            p.body = ir.Block(_rewrite(p.body.stmts), loc=p.body.loc)
    return prog


def _has_next(s: ir.Stmt | None) -> bool:
    """Whether `s` holds a `next` that is not inside a loop."""
    if isinstance(s, ir.Next):
        return True
    if isinstance(s, ir.Block):
        return any(_has_next(x) for x in s.stmts)
    if isinstance(s, ir.If):
        return _has_next(s.then) or _has_next(s.else_)
    return False


def _stmts(s: ir.Stmt | None) -> list[ir.Stmt]:
    if s is None:
        return []
    return list(s.stmts) if isinstance(s, ir.Block) else [s]


def _rewrite(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
    """`stmts` with every `next` (outside loops) replaced by the end of the list."""
    out: list[ir.Stmt] = []
    for i, s in enumerate(stmts):
        rest = stmts[i + 1:]
        if isinstance(s, ir.Next):
            return out  # what follows never runs
        if isinstance(s, ir.Block) and _has_next(s):
            return out + _rewrite(list(s.stmts) + rest)
        if isinstance(s, ir.If) and _has_next(s):
            then = _rewrite(_stmts(s.then) + rest)
            else_ = _rewrite(_stmts(s.else_) + rest)
            return out + [_if(s, then, else_)]
        out.append(s)
    return out


def _if(orig: ir.If, then: list[ir.Stmt], else_: list[ir.Stmt]) -> ir.Stmt:
    """An `if` of the rewritten branches, the way it would be written by hand."""
    def branch(stmts: list[ir.Stmt], flat: bool = False) -> ir.Stmt:
        if flat and len(stmts) == 1 and isinstance(stmts[0], ir.If):
            return stmts[0]  # keeps `else if` chains flat
        return ir.Block(stmts, loc=orig.loc)
    if not then and not else_:
        return ir.ExprStmt(orig.cond, loc=orig.loc) if _has_effects(orig.cond) else ir.Block([], loc=orig.loc)
    if not then:
        return ir.If(negate(orig.cond), branch(else_), None, loc=orig.loc)
    return ir.If(orig.cond, branch(then), branch(else_, flat=True) if else_ else None, loc=orig.loc)


NEGATED = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}


def negate(e: ir.Expr) -> ir.Expr:
    """`!e`, with a comparison turned round rather than wrapped (`n >= 3`, not `!(n < 3)`)."""
    if isinstance(e, ir.Binary) and e.op in NEGATED:
        return ir.Binary(NEGATED[e.op], e.lhs, e.rhs, loc=e.loc, type=e.type)
    if isinstance(e, ir.Unary) and e.op == "!":
        return e.operand
    return ir.Unary("!", e, loc=e.loc, type=INT32)


def _has_effects(e: ir.Expr) -> bool:
    """Conservatively: anything but a plain read may change state."""
    return not isinstance(e, (ir.IntLit, ir.StrLit, ir.Var))


# What a person negates in place in a guard's `a || b`: a comparison (turned round),
# a plain value v (as `!v`) and `!v` (as v); any other term keeps the whole `!(...)`.
_PLAIN = (ir.Var, ir.Index, ir.Builtin, ir.Call, ir.FuncCall)


def _terms(e: ir.Expr, op: str) -> list[ir.Expr]:
    """The operands of a chain of `op` (`a && b && c` as [a, b, c])."""
    if isinstance(e, ir.Binary) and e.op == op:
        return _terms(e.lhs, op) + _terms(e.rhs, op)
    return [e]


def _flippable(e: ir.Expr) -> bool:
    if isinstance(e, ir.Binary):
        # not a test of masked bits (D's `b_flags & B_WRITE` is stap's
        # `($rq->cmd_flags & 255) == 1`): those are read back by their shape (ir/flagtests.py)
        return e.op in NEGATED and not any(isinstance(x, ir.Binary) and x.op == "&"
                                           for x in (e.lhs, e.rhs))
    if isinstance(e, ir.Unary) and e.op == "!":
        return isinstance(e.operand, _PLAIN)
    return isinstance(e, _PLAIN)


def _flipped(e: ir.Expr) -> ir.Expr:
    """The negation of a _flippable term, itself _flippable, and _flipped back to `e`."""
    if isinstance(e, ir.Unary):
        return e.operand
    if isinstance(e, ir.Binary):
        return ir.Binary(NEGATED[e.op], e.lhs, e.rhs, loc=e.loc, type=e.type)
    return ir.Unary("!", e, loc=e.loc, type=INT32)


def _chain_flipped(e: ir.Expr, op: str, to: str) -> ir.Expr:
    """`e`, a chain of `op` over _flippable terms, as the chain of `to` over their
    negations (De Morgan), kept in the same grouping."""
    if isinstance(e, ir.Binary) and e.op == op:
        return ir.Binary(to, _chain_flipped(e.lhs, op, to), _chain_flipped(e.rhs, op, to),
                         loc=e.loc, type=INT32)
    return _flipped(e)


def guard_condition(pred: ir.Expr) -> ir.Expr:
    """The condition of stap's `if (c) next` that stands for the predicate `pred`,
    as a person writes it: `x != 1` for x == 1 (no `!(x == 1)`), `x` for !x,
    `pid() != target() || seen` for pid == target && !seen, else `!(pred)`;
    guarded_predicate() reads it back."""
    if isinstance(pred, ir.Binary) and pred.op == "&&" and all(map(_flippable, _terms(pred, "&&"))):
        return _chain_flipped(pred, "&&", "||")
    negated = isinstance(pred, ir.Unary) and pred.op == "!"
    inner = pred.operand if negated else None
    if isinstance(pred, ir.Binary) and pred.op in NEGATED:
        return negate(pred)
    if negated and not (isinstance(inner, ir.Unary) and inner.op == "!") \
            and not (isinstance(inner, ir.Binary) and inner.op in NEGATED):
        return inner
    # (a negated comparison keeps its `!!`, so that it reads back as written)
    return ir.Unary("!", pred, loc=pred.loc)


def guarded_predicate(cond: ir.Expr) -> ir.Expr:
    """The predicate that stap's `if (cond) next` stands for: `if (!(c)) next` is c,
    `if (a != b) next` is a == b, `if (a != b || !c) next` is a == b && c, any
    other `if (c) next` is !c."""
    if isinstance(cond, ir.Binary) and cond.op == "||" and all(map(_flippable, _terms(cond, "||"))):
        return _chain_flipped(cond, "||", "&&")
    if isinstance(cond, ir.Unary) and cond.op == "!":
        return cond.operand
    if isinstance(cond, ir.Binary) and cond.op in NEGATED:  # `if (x != 1) next`: x == 1
        return ir.Binary(NEGATED[cond.op], cond.lhs, cond.rhs, loc=cond.loc)
    return ir.Unary("!", cond, loc=cond.loc)


def guard_of(s: ir.Stmt) -> Optional[ir.Expr]:
    """The condition of `s` when it is `if (c) next` (no else), else None."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    then = s.then
    if isinstance(then, ir.Block) and len(then.stmts) == 1:
        then = then.stmts[0]
    return s.cond if isinstance(then, ir.Next) else None
