"""Tests decided by a test that encloses them, left out as a porter leaves them out.

D's providers translate each member on its own: ip.d's ipv4info_t member is
`version == 4 ? protocol : 0` wherever it is read, so the predicate
`args[2]->ip_ver == 4 ? args[4]->ipv4_protocol == IPPROTO_UDP : ...` is, written out,

    version == 4 ? (version == 4 ? protocol : 0) == 17 : ...

where the inner test can only be true. A stap porter writes `protocol == 17` there:
a ternary whose condition an enclosing test decides (the arm of a ternary or an
if, the right side of `&&` or `||`, the probe's predicate for its body) is its arm.
Only conditions that read the kernel's memory and the probe's arguments, nothing a
script stores, are so carried, so that no statement between the two tests can
change what they read; the test left out read only what the enclosing one had
read already, so no fault moves.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .nonext import NEGATED

# what a carried condition may be made of: reads of the kernel and the probe's context
_PURE = (ir.Binary, ir.Unary, ir.IntLit, ir.StrLit, ir.KernelMember, ir.KernelCast, ir.ProbeArg,
         ir.Translated, ir.Cast)

Facts = list[tuple[ir.Expr, bool]]


def _plain(e: ir.Expr) -> ir.Expr:
    """`e` without its Translated wrappers (D's `args[2]->ip_ver` is the header's
    version, as the translator's own test reads it)."""
    def unwrap(x):
        return x.value if isinstance(x, ir.Translated) else x
    return ir.map_tree(copy.deepcopy(e), unwrap)


def _pure(e: ir.Expr) -> bool:
    return all(isinstance(x, _PURE) and not (isinstance(x, ir.Unary) and x.op in ("++", "--"))
               for x in ir.walk(e))


def _learned(c: ir.Expr, truth: bool) -> Facts:
    """What `c` having `truth` says: itself, and each side of a true `&&` or a false `||`."""
    if not _pure(c):
        return []
    out: Facts = [(_plain(c), truth)]
    if isinstance(c, ir.Binary) and (c.op, truth) in (("&&", True), ("||", False)):
        out += _learned(c.lhs, truth) + _learned(c.rhs, truth)
    if isinstance(c, ir.Unary) and c.op == "!":
        out += _learned(c.operand, not truth)
    return out


def _decided(c: ir.Expr, facts: Facts) -> Optional[bool]:
    """The value `facts` give condition `c`, None if they do not decide it."""
    if not facts or not _pure(c):
        return None
    plain = _plain(c)
    flipped = None
    if isinstance(plain, ir.Binary) and plain.op in NEGATED:
        flipped = ir.Binary(NEGATED[plain.op], plain.lhs, plain.rhs)
    for fact, truth in facts:
        if fact == plain:
            return truth
        if flipped is not None and fact == flipped:
            return not truth
    return None


def decided(node, facts: Facts):
    """`node` (an expression or statement, changed in place where it can be) with each
    ternary `facts` and its enclosing tests decide replaced by its arm."""
    if isinstance(node, ir.Ternary):
        known = _decided(node.cond, facts)
        if known is not None:
            return decided(node.then if known else node.else_, facts)
        node.cond = decided(node.cond, facts)
        node.then = decided(node.then, facts + _learned(node.cond, True))
        node.else_ = decided(node.else_, facts + _learned(node.cond, False))
        return node
    if isinstance(node, ir.Binary) and node.op in ("&&", "||"):
        node.lhs = decided(node.lhs, facts)
        node.rhs = decided(node.rhs, facts + _learned(node.lhs, node.op == "&&"))
        return node
    if isinstance(node, ir.If):
        node.cond = decided(node.cond, facts)
        node.then = decided(node.then, facts + _learned(node.cond, True))
        if node.else_ is not None:
            node.else_ = decided(node.else_, facts + _learned(node.cond, False))
        return node
    if dataclasses.is_dataclass(node) and isinstance(node, (ir.Expr, ir.Stmt)):
        for fld in dataclasses.fields(node):
            if fld.name in ("loc", "type"):
                continue
            v = getattr(node, fld.name)
            if isinstance(v, list):
                setattr(node, fld.name, [decided(x, facts) if isinstance(x, (ir.Expr, ir.Stmt)) else x
                                         for x in v])
            elif isinstance(v, (ir.Expr, ir.Stmt)):
                setattr(node, fld.name, decided(v, facts))
    return node


def enclosed_tests_decided(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose probes leave out the tests an enclosing one decides (the
    predicate deciding them in the body too)."""
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if p.predicate is not None:
            p.predicate = decided(p.predicate, [])
        p.body = decided(p.body, _learned(p.predicate, True) if p.predicate is not None else [])
    return prog
