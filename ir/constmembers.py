"""Tests of a D provider member that Linux's translator makes a constant, decided in a port.

Oracle's io.d gives a block request's bufinfo_t no error, residue or buffer
address: `b_error`, `b_resid` and `b_addr` are 0 (frontends/d/translators.py).
implicateorder/sysadmin-tools' iotypes.d says

    this->error = args[0]->b_error != 0 ? strjoin("Error:", lltostr(args[0]->b_error)) : "Success";

which a port wrote word for word, `0 != 0 ? sprintf("Error:%d", 0) : "Success"`.
A porter who reads the translator writes `"Success"`. In a stap or Vue port of D,
a comparison of such a member with a literal (or with another such member), or the
member alone tested for being non-zero, is decided: a ternary is the arm it takes,
an `if` the branch it takes, and a true term of a predicate's conjunction is left
out (a false predicate stays: the clause never fires, as the script says). The
members cannot fault and store nothing, so nothing the port runs is lost. The D
printer keeps the script's own test (it sees the member's D spelling).
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .constanttests import _OPS, _plain_int, decided_ifs, without_true_terms


def _constant(e: ir.Expr) -> Optional[int]:
    """The value of a literal or of a translated member that is one, else None."""
    if isinstance(e, ir.Translated):
        e = e.value
    if isinstance(e, ir.Cast):
        e = e.operand
    return e.value if isinstance(e, ir.IntLit) and _plain_int(e) else None


def _decided(e: Optional[ir.Expr]) -> Optional[bool]:
    """The outcome of a test of a constant member (see the module docstring), else None."""
    if isinstance(e, ir.Translated):
        v = _constant(e)
        return None if v is None else v != 0
    if isinstance(e, ir.Unary) and e.op == "!":
        inner = _decided(e.operand)
        return None if inner is None else not inner
    if not isinstance(e, ir.Binary) or e.op not in _OPS:
        return None
    if not any(isinstance(x, ir.Translated) for x in (e.lhs, e.rhs)):
        return None  # two literals a script wrote: ir/constanttests.py's
    a, b = _constant(e.lhs), _constant(e.rhs)
    return None if a is None or b is None else _OPS[e.op](a, b)


def _has_decided(prog: ir.Program) -> bool:
    for n in ir.walk([*(p.body for p in prog.probes), *(p.predicate for p in prog.probes
                                                        if p.predicate is not None)]):
        if isinstance(n, (ir.Ternary, ir.If)) and _decided(n.cond) is not None:
            return True
    return any(_decided(t) is True for p in prog.probes for t in ir.conjuncts(p.predicate))


def _fold(n):
    if isinstance(n, ir.Ternary):
        outcome = _decided(n.cond)
        if outcome is not None:
            return n.then if outcome else n.else_
    if isinstance(n, ir.Block):
        n.stmts = decided_ifs(n.stmts, _decided)
    return n


def constant_member_tests_decided(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with its tests of constant translated members decided (see
    the module docstring); `prog` itself when it has none."""
    if not _has_decided(prog):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        p.body = ir.map_tree(p.body, _fold)
        if p.predicate is not None:
            p.predicate = without_true_terms(ir.map_tree(p.predicate, _fold), _decided)
    return prog
