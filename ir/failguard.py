"""Whether a clause's predicate already says its system call failed.

D's errno at a syscall's return is stap's `retval < 0 ? -retval : 0`, and stap's raw
return value Vue's `__errno != 0 ? -__errno : __rv`: the conditional covers the call
that succeeded. Under a guard that lets only failed calls through (`errno != 0`,
`retval < 0`, a conjunct of the predicate) that arm is never taken, and a porter
writes the other alone: `-retval`, `-__errno`.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir


def _failure_test(e: ir.Expr) -> bool:
    zero = ir.IntLit(0)
    if not isinstance(e, ir.Binary):
        return False
    if e.op == "!=" and (e.lhs, e.rhs) in ((ir.Builtin("errno"), zero), (zero, ir.Builtin("errno"))):
        return True
    retval = ir.Builtin("retval")
    return (e.op == "<" and (e.lhs, e.rhs) == (retval, zero)) \
        or (e.op == ">" and (e.lhs, e.rhs) == (zero, retval))


def says_failed(points: list[ir.ProbePoint], predicate: Optional[ir.Expr]) -> bool:
    """Whether `predicate`, on syscall returns `points`, lets only failed calls through."""
    return bool(points) and all(p.kind == "syscall" and p.is_return for p in points) \
        and any(_failure_test(c) for c in ir.conjuncts(predicate))
