"""Tests of two constants, decided where the script is read.

Vue's `get_location_point() == FUNCTION_ENTRY` in a clause on entries only is
`0 == 0` in the IR (the location point is the clause's constant), and a port
printed it as such: `/execname == "sync" && 0 == 0/`, `if (-1 == -1) { ... }`.
No person writes that. A comparison of two integer literals that is true is
dropped from a predicate's conjunction, and an `if` on one is the branch it
takes. Done on every frontend's IR (frontends.parse), so a script and its ports
read back alike. A false test in a predicate stays (the clause never fires, as
the script says), as does a bare literal a script wrote (`/1/`).
"""

from __future__ import annotations

import operator
from typing import Callable, Optional

from xtrace.ir import nodes as ir

_OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
        ">": operator.gt, ">=": operator.ge}


def constant_test(e: Optional[ir.Expr]) -> Optional[bool]:
    """The outcome of `e` when it compares two integer literals, else None."""
    if not isinstance(e, ir.Binary) or e.op not in _OPS:
        return None
    a, b = e.lhs, e.rhs
    if not (isinstance(a, ir.IntLit) and isinstance(b, ir.IntLit)) or a.name or b.name:
        return None
    if not all(_plain_int(x) for x in (a, b)):
        return None  # C's conversions decide `-1 == 0xffffffff` (true): left to the run
    return _OPS[e.op](a.value, b.value)


def _plain_int(x: ir.IntLit) -> bool:
    """A literal that compares as its value in every language (a signed int's range,
    not typed unsigned)."""
    return -2**31 <= x.value < 2**31 and not (x.type is not None and x.type.kind == "int"
                                               and not x.type.signed)


Decide = Callable[[Optional[ir.Expr]], Optional[bool]]


def without_true_terms(e: Optional[ir.Expr], decide: Decide = constant_test) -> Optional[ir.Expr]:
    """A conjunction without its terms `decide` finds true (None: none left)."""
    if isinstance(e, ir.Binary) and e.op == "&&":
        lhs, rhs = without_true_terms(e.lhs, decide), without_true_terms(e.rhs, decide)
        if lhs is None or rhs is None:
            return lhs if rhs is None else rhs
        e.lhs, e.rhs = lhs, rhs
        return e
    return None if decide(e) is True else e


def decided_ifs(stmts: list[ir.Stmt], decide: Decide = constant_test) -> list[ir.Stmt]:
    """`stmts` with each `if` whose condition `decide` decides as the branch it takes."""
    out: list[ir.Stmt] = []
    for s in stmts:
        outcome = decide(s.cond) if isinstance(s, ir.If) else None
        if outcome is None:
            out.append(s)
            continue
        taken = s.then if outcome else s.else_
        if taken is None:
            continue
        # the branch's own statements, in place of the if (its locals are the clause's)
        out.extend(taken.stmts if isinstance(taken, ir.Block) else [taken])
    return out


def constant_tests_folded(prog: ir.Program) -> None:
    """Decide, in place, the constant tests of `prog` (see the module docstring)."""
    def fn(x):
        if isinstance(x, ir.Block):
            x.stmts = decided_ifs(x.stmts)
        return x
    for p in prog.probes:
        if p.predicate is not None:
            p.predicate = without_true_terms(p.predicate)
        p.body = ir.map_tree(p.body, fn)
    for f in prog.functions:
        f.body = ir.map_tree(f.body, fn)
