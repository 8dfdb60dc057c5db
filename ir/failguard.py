"""Whether a clause's predicate already says its system call failed, or succeeded.

D's errno at a syscall's return is stap's `retval < 0 ? -retval : 0`, and stap's raw
return value Vue's `__errno != 0 ? -__errno : __rv`: the conditional covers the call
that succeeded. Under a guard that lets only failed calls through (`errno != 0`,
`retval < 0`, a conjunct of the predicate) that arm is never taken, and a porter
writes the other alone: `-retval`, `-__errno`.

Likewise Vue's `__rv` is `__errno != 0 ? -1 : <the raw value>` (frontends/vue/syscalls.py):
under a guard that lets only calls that succeeded through (`__rv > 0`, D's `arg0 >= 0`,
`errno == 0`) a porter writes the raw value alone, D's `arg0` and stap's `retval`, and
Vue's `__rv` for theirs.
"""

from __future__ import annotations

from typing import Optional, Sequence

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


def _success_test(e: ir.Expr) -> bool:
    """Whether `e` holds only for a call that succeeded: `errno == 0`, or the raw return
    value or Vue's __rv compared so that no failure's value (-1, -errno) passes."""
    from xtrace.frontends.vue.syscalls import is_syscall_rv

    if not isinstance(e, ir.Binary):
        return False
    zero = ir.IntLit(0)
    if e.op == "==" and (e.lhs, e.rhs) in ((ir.Builtin("errno"), zero), (zero, ir.Builtin("errno"))):
        return True
    flip = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "==": "==", "!=": "!="}
    for value, op, other in ((e.lhs, e.op, e.rhs), (e.rhs, flip.get(e.op), e.lhs)):
        c = ir.int_constant(other)
        if c is None or not (value == ir.Builtin("retval") or is_syscall_rv(value)):
            continue
        # every failure's value is -1 or below (__rv: -1; the raw value: -errno)
        if op == ">" and c >= -1 or op in (">=", "==") and c >= 0:
            return True
        if op == "!=" and c == -1 and is_syscall_rv(value):
            return True
    return False


def says_succeeded(points: list[ir.ProbePoint], predicate: Optional[ir.Expr],
                   guards: Sequence[ir.Expr] = ()) -> bool:
    """Whether `predicate`, on syscall returns `points`, lets only calls that succeeded
    through, or one of `guards` (the conditions of the ifs whose then-arm is being
    printed) does."""
    return bool(points) and all(p.kind == "syscall" and p.is_return for p in points) \
        and any(_success_test(c) for g in (predicate, *guards) for c in ir.conjuncts(g))
