"""D's profile-probe `/arg0/` and `/arg1/` tests as stap's user_mode(), and back.

At a profile or tick probe D's arg0 is the interrupted kernel PC (0 when the
tick interrupted user code) and arg1 the user PC (0 in kernel code). Where the
value is only tested for truth (a predicate, an `if`, the operands of `!`, `&&`
and `||`) it says which mode was interrupted, and a porter writes that: stap's
`user_mode()` for `arg1`, `!user_mode()` for `arg0` (a PC is never 0), rather
than the ternary of addr() that stands for the value itself
(frontends/stap/printer.py), which stays for other uses.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64

_Rewrite = Callable[[ir.Expr], Optional[ir.Expr]]


def _tested(e: ir.Expr, f: _Rewrite) -> ir.Expr:
    """`e` (whose value is only tested for truth) with `f` applied where a value
    is only tested: `e` itself and the operands of `!`, `&&` and `||` in it."""
    new = f(e)
    if new is not None:
        return new
    if isinstance(e, ir.Unary) and e.op == "!":
        return replace(e, operand=_tested(e.operand, f))
    if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        lhs, rhs = _tested(e.lhs, f), _tested(e.rhs, f)
        if lhs == rhs and _is_mode(lhs):
            return lhs  # `arg0 != 0 && arg1 == 0`: kernel mode, said once
        return replace(e, lhs=lhs, rhs=rhs)
    return e


def _is_mode(e: ir.Expr) -> bool:
    """Whether `e` is a test of the mode: user_mode(), arg0 or arg1, or `!` of one."""
    if isinstance(e, ir.Unary) and e.op == "!":
        e = e.operand
    return (isinstance(e, ir.Call) and e.name == "user_mode" and not e.args) or \
        (isinstance(e, ir.Builtin) and e.name in ("arg0", "arg1"))


def _timed(p: ir.Probe) -> bool:
    return bool(p.points) and all(pt.kind == "timer" for pt in p.points)


def _in_tests(prog: ir.Program, f: _Rewrite) -> ir.Program:
    """`prog` with `f` applied in the tests of its timer probes (predicates and
    `if` conditions); `prog` itself when nothing changes."""
    def conds(p: ir.Probe):
        if p.predicate is not None:
            yield p.predicate
        yield from (s.cond for s in ir.walk(p.body) if isinstance(s, ir.If))

    if not any(_tested(c, f) != c for p in prog.probes if _timed(p) for c in conds(p)):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if not _timed(p):
            continue
        if p.predicate is not None:
            p.predicate = _tested(p.predicate, f)
        for s in ir.walk(p.body):
            if isinstance(s, ir.If):
                s.cond = _tested(s.cond, f)
    return prog


def _user_mode(loc) -> ir.Call:
    return ir.Call("user_mode", [], loc=loc, type=INT64)


def _pc_as_mode(e: ir.Expr) -> Optional[ir.Expr]:
    """arg1 (or `arg1 != 0`) as user_mode(), arg0 as !user_mode(); their `== 0`
    tests the other way."""
    zero = False
    if isinstance(e, ir.Binary) and e.op in ("==", "!=") and e.rhs == ir.IntLit(0):
        zero, e = e.op == "==", e.lhs
    if not (isinstance(e, ir.Builtin) and e.name in ("arg0", "arg1")):
        return None
    mode = _user_mode(e.loc)
    return mode if (e.name == "arg1") != zero else ir.Unary("!", mode, loc=e.loc, type=INT64)


def _mode_as_pc(e: ir.Expr) -> Optional[ir.Expr]:
    if isinstance(e, ir.Call) and e.name == "user_mode" and not e.args:
        return ir.Builtin("arg1", loc=e.loc, type=INT64)
    if isinstance(e, ir.Unary) and e.op == "!" and isinstance(e.operand, ir.Call) \
            and e.operand.name == "user_mode" and not e.operand.args:
        return ir.Builtin("arg0", loc=e.loc, type=INT64)
    return None


def pc_tests_as_user_mode(prog: ir.Program) -> ir.Program:
    """D's tested profile arg0/arg1 as stap's `!user_mode()`/`user_mode()`."""
    return _in_tests(prog, _pc_as_mode)


def user_mode_tests_as_pcs(prog: ir.Program) -> ir.Program:
    """stap's tested `user_mode()`/`!user_mode()` at a timer probe as D's arg1/arg0."""
    return _in_tests(prog, _mode_as_pc)
