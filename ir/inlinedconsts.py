"""Constant tests a function's body gets where it is written out, decided.

A stap function written out where it is called (ir/inline.py, for D and Vue, which
have no functions) has its parameter replaced by the call's argument: para-callgraph's
`trace(entry_p)` called as `trace(1)` prints `1 > 0 ? "->" : "<-"`, and its `if (tid()
in trace)` right after the caller's `trace[tid()] = 1` is `self->trace = 1; if
(self->trace != 0) { ... }`. No porter writes either. Folded here, only where exact:

- a ternary whose condition compares two integer literals (ir/constanttests.py's
  constant_test) and whose two branches have one type (two strings, or two integers
  of the same type: C's conversions of unequal ones would change the value): the
  branch it takes;
- an `if` on stap's `k in a` (or `!(k in a)`) after a statement of the same block
  stored `a[k]` under keys that read the clause's constants only, tid() or pid() among
  them (literals alone are a script's own test), with no delete between: the element
  exists, the branch it takes.

A variable stored a literal and then tested is left as it is: a loop written out
(ir/unroll.py, after this) is that form too, and its port is compared with the
loop (tests/test_roundtrip.py), which no fold of its own would decide alike.

Done on the program the printers write after inlining, and by the round trip's
comparison (ir/rtnormal.py) on the program a port is compared with.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .constanttests import constant_test



def _same_type(a: ir.Expr, b: ir.Expr) -> bool:
    if isinstance(a, ir.StrLit) and isinstance(b, ir.StrLit):
        return True
    return isinstance(a, ir.IntLit) and isinstance(b, ir.IntLit) and a.type == b.type


def _ternary_folded(x):
    if isinstance(x, ir.Ternary) and _same_type(x.then, x.else_):
        outcome = constant_test(x.cond)
        if outcome is not None:
            return x.then if outcome else x.else_
    return x


# what a key may read to name the same element at two statements of one clause
_CLAUSE_CONSTANTS = frozenset({"tid", "pid", "ppid", "cpu", "execname", "uid", "gid", "euid", "egid"})


def _clause_constant(keys: list[ir.Expr]) -> bool:
    # (keys of literals only are left: a script's own `a[1] = 0; if (1 in a)` is the
    # test it means to make, not a written-out function's; para-callgraph's are tid())
    nodes = [x for k in keys for x in ir.walk(k)]
    return any(isinstance(x, ir.Builtin) for x in nodes) and all(
        isinstance(x, (ir.IntLit, ir.StrLit)) or (isinstance(x, ir.Builtin) and x.name in _CLAUSE_CONSTANTS)
        for x in nodes)


def _element_store(s: ir.Stmt) -> Optional[tuple[str, list[ir.Expr]]]:
    """(array, keys) of `s` when it stores an element of a stap array (`trace[tid()] =
    1`) under keys that read only the clause's constants: the element exists after it."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) \
            and isinstance(s.expr.target, ir.Index) and _clause_constant(s.expr.target.keys):
        return s.expr.target.map, s.expr.target.keys
    return None


def _decided(cond: ir.Expr, present: list[tuple[str, list[ir.Expr]]]) -> Optional[bool]:
    """The outcome of `cond` given the elements the block just stored."""
    negated = isinstance(cond, ir.Unary) and cond.op == "!"
    test = cond.operand if negated else cond
    if isinstance(test, ir.InMap) and any(m == test.map and k == test.keys for m, k in present):
        return not negated  # (stap's `tid() in trace` after `trace[tid()] = 1`)
    return None


def _block_folded(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    present: list[tuple[str, list[ir.Expr]]] = []
    todo = list(stmts)
    while todo:
        s = todo.pop(0)
        if isinstance(s, ir.If):
            outcome = _decided(s.cond, present)
            if outcome is not None:
                # the branch taken, in the if's place (scanned again: it may store)
                taken = s.then if outcome else s.else_
                todo[:0] = [] if taken is None else taken.stmts if isinstance(taken, ir.Block) else [taken]
                continue
        out.append(s)
        if any(isinstance(x, (ir.Delete, ir.FuncCall)) for x in ir.walk(s)):
            present.clear()  # (an element deleted, or a call that may delete one)
        element = _element_store(s)
        if element is not None:
            present.append(element)
    return out


def inlined_constants_folded(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with the constant ternaries and ifs its written-out functions
    left decided (see the module docstring); `prog` itself when it has none."""
    def fn(x):
        x = _ternary_folded(x)
        if isinstance(x, ir.Block):
            x.stmts = _block_folded(x.stmts)
        return x
    new = copy.deepcopy(prog)
    for p in new.probes:
        p.body = ir.map_tree(p.body, fn)
    return new if new.probes != prog.probes else prog
