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
        return ir.If(negated_through(orig.cond), branch(else_), None, loc=orig.loc)
    return ir.If(orig.cond, branch(then), branch(else_, flat=True) if else_ else None, loc=orig.loc)


NEGATED = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}


def negate(e: ir.Expr) -> ir.Expr:
    """`!e`, with a comparison turned round rather than wrapped (`n >= 3`, not `!(n < 3)`),
    and a `&&`/`||` of conditions by De Morgan's rule where _flipped() can (so that
    it undoes guard_condition())."""
    if isinstance(e, ir.Binary) and e.op in NEGATED:
        return ir.Binary(NEGATED[e.op], e.lhs, e.rhs, loc=e.loc, type=e.type)
    if isinstance(e, ir.Binary) and e.op in ("&&", "||") and _flipped(e) is not None:
        return _flipped(e)
    if isinstance(e, ir.Unary) and e.op == "!":
        return e.operand
    return ir.Unary("!", e, loc=e.loc, type=INT32)


def negated_through(e: ir.Expr) -> ir.Expr:
    """`!e` with the `!` taken through every `&&`, `||`, `!` and comparison it meets
    (`a == 1 && (b || c)` for `a != 1 || !(b || c)`), as a person turns a guard round;
    unlike negate(), not undone by negating again, so only for code that is not read
    back as the guard it came from."""
    if isinstance(e, ir.Binary) and e.op in NEGATED:
        return ir.Binary(NEGATED[e.op], e.lhs, e.rhs, loc=e.loc, type=e.type)
    if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        return ir.Binary("||" if e.op == "&&" else "&&", negated_through(e.lhs),
                         negated_through(e.rhs), loc=e.loc, type=e.type)
    if isinstance(e, ir.Unary) and e.op == "!":
        return e.operand
    return ir.Unary("!", e, loc=e.loc, type=INT32)


def _has_effects(e: ir.Expr) -> bool:
    """Conservatively: anything but a plain read may change state."""
    return not isinstance(e, (ir.IntLit, ir.StrLit, ir.Var))


def _flipped(e: ir.Expr) -> Optional[ir.Expr]:
    """The negation of a `&&`/`||` of conditions by De Morgan's rule, each operand
    negated as a person writes it (`n >= 3` for n < 3, `!x` for x, x for `!x`), or
    None when an operand has no such negation that negates back to it (`!(a < b)`:
    its negation `a < b` would negate to `a >= b`). _flipped(_flipped(e)) is e, so
    a guard written this way reads back as the predicate it came from."""
    if isinstance(e, ir.Binary) and e.op in NEGATED:
        return ir.Binary(NEGATED[e.op], e.lhs, e.rhs, loc=e.loc, type=e.type)
    if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        lhs, rhs = _flipped(e.lhs), _flipped(e.rhs)
        if lhs is None or rhs is None:
            return None
        return ir.Binary("||" if e.op == "&&" else "&&", lhs, rhs, loc=e.loc, type=e.type)
    if isinstance(e, ir.Unary) and e.op == "!":
        inner = e.operand
        if (isinstance(inner, ir.Binary) and inner.op in (*NEGATED, "&&", "||")) \
                or (isinstance(inner, ir.Unary) and inner.op == "!"):
            return None
        return inner
    return ir.Unary("!", e, loc=e.loc, type=INT32)


def guard_condition(pred: ir.Expr) -> ir.Expr:
    """The condition of stap's `if (c) next` that stands for the predicate `pred`,
    as a person writes it: `x != 1` for x == 1 (no `!(x == 1)`), `x` for !x,
    `a != 1 || b >= 3` for `a == 1 && b < 3` (De Morgan's rule, _flipped), else
    `!(pred)`; guarded_predicate() reads it back."""
    negated = isinstance(pred, ir.Unary) and pred.op == "!"
    inner = pred.operand if negated else None
    if isinstance(pred, ir.Binary) and pred.op in NEGATED:
        return negate(pred)
    if isinstance(pred, ir.Binary) and pred.op in ("&&", "||") and _flipped(pred) is not None:
        return _flipped(pred)
    if negated and not (isinstance(inner, ir.Unary) and inner.op == "!") \
            and not (isinstance(inner, ir.Binary) and inner.op in NEGATED):
        return inner
    # (a negated comparison keeps its `!!`, so that it reads back as written)
    return ir.Unary("!", pred, loc=pred.loc)


def guarded_predicate(cond: ir.Expr) -> ir.Expr:
    """The predicate that stap's `if (cond) next` stands for: `if (!(c)) next` is c,
    `if (a != b) next` is a == b, any other `if (c) next` is !c."""
    if isinstance(cond, ir.Unary) and cond.op == "!":
        return cond.operand
    if isinstance(cond, ir.Binary) and cond.op in NEGATED:  # `if (x != 1) next`: x == 1
        return ir.Binary(NEGATED[cond.op], cond.lhs, cond.rhs, loc=cond.loc)
    if isinstance(cond, ir.Binary) and cond.op in ("&&", "||") and _flipped(cond) is not None:
        return _flipped(cond)  # `if (a != 1 || b >= 3) next`: a == 1 && b < 3
    return ir.Unary("!", cond, loc=cond.loc)


def guard_of(s: ir.Stmt) -> Optional[ir.Expr]:
    """The condition of `s` when it is `if (c) next` (no else), else None."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    then = s.then
    if isinstance(then, ir.Block) and len(then.stmts) == 1:
        then = then.stmts[0]
    return s.cond if isinstance(then, ir.Next) else None
