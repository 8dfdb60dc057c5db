"""A counter stepped in a D predicate, said in stap so that stap does not print it.

D's `tick-1sec /++x == MAX/ { exit(0); }` counts in its predicate. Said the
same way in stap, `if (++x != MAX) next`, the increment is in an `if`
condition, where stap does not count its value as consumed (see usage.py): x
is then written and never read, and stap prints it at the end of the run,
which the D script does not. A person porting it steps the counter first and
tests it after: `x++` then `if (x != MAX) next`. That is the same program when
the step is always evaluated (not behind `&&`, `||` or `?:`): the step moves to
the top of the probe, before the predicate's test. A prefix `++`/`--` or a
compound assignment gave the new value, which the test reads as the variable; a
postfix step (`tick-1sec /i++ >= 10/ { exit(0); }`, the usual timeout) gave the
old one, which the test reads as `i - 1`, or, compared with a constant, as the
variable against the constant moved by one (`i > 10`).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.nonext import negate

from . import usage


def crements_out_of_predicates(prog: ir.Program) -> ir.Program:
    """`prog` with each predicate's step of an otherwise auto-printed global moved
    out of the predicate, the predicate then a test at the top of the body."""
    probes = list(prog.probes) + [ir.Probe([], f.body) for f in prog.functions]
    printed = {g.name for g in usage.unused_written(prog.globals, probes) if g.kind == "scalar"}
    if not printed or not any(p.predicate is not None and _steps(p.predicate, printed)
                              for p in prog.probes):
        return prog
    prog = copy.copy(prog)
    prog.probes = [_hoist(p, printed) for p in prog.probes]
    return prog


def _hoist(p: ir.Probe, printed: set[str]) -> ir.Probe:
    if p.predicate is None:
        return p
    stmts, pred = steps_hoisted(p.predicate, printed)
    if not stmts:
        return p
    at = p.predicate.loc
    stmts.append(ir.If(negate(pred), ir.Next(loc=at), None, loc=at))
    q = copy.copy(p)
    q.predicate = None
    q.body = ir.Block(stmts + list(p.body.stmts), loc=p.body.loc)
    return q


def steps_hoisted(cond: ir.Expr, printed: Optional[set[str]] = None) -> tuple[list[ir.Stmt], ir.Expr]:
    """The steps of a global (of one of `printed`, if given) that condition `cond`
    always evaluates, as statements in evaluation order, and `cond` reading the
    values they gave; ([], cond) where there are none."""
    steps = _steps(cond, printed)
    for s in steps:
        cond = _replace(cond, s)
    return [ir.ExprStmt(_as_statement(s), loc=s.loc) for s in steps], cond


def _steps(e: ir.Expr, printed: Optional[set[str]]) -> list[ir.Expr]:
    """The steps of a printed global (any, `printed` None) that `e` always evaluates,
    in evaluation order."""
    found: list[ir.Expr] = []

    def visit(x: ir.Expr, always: bool) -> None:
        target = _stepped(x)
        if target is not None:
            if always and isinstance(target, ir.Var) and target.scope == "global" \
                    and (printed is None or target.name in printed):
                found.append(x)
            return
        if isinstance(x, ir.Binary):
            # `a && b`, `a || b`: only a is always evaluated
            visit(x.lhs, always)
            visit(x.rhs, always and x.op not in ("&&", "||"))
        elif isinstance(x, ir.Unary):
            visit(x.operand, always)
        elif isinstance(x, ir.Ternary):
            visit(x.cond, always)
    visit(e, True)
    return found


def _stepped(x: ir.Expr) -> Optional[ir.Expr]:
    """The variable a step changes."""
    if isinstance(x, ir.IncDec):
        return x.target
    if isinstance(x, ir.Assign) and x.op != "=":
        return x.target
    return None


def _as_statement(s: ir.Expr) -> ir.Expr:
    """`x++` for `++x` (as a statement both are the step; the postfix is the usual one)."""
    if isinstance(s, ir.IncDec):
        return dataclasses.replace(s, prefix=False)
    return s


# a comparison with a constant, of the old value x - d, said of x: (op, d) -> op and
# the constant's shift, as a person writes it (`i++ >= 10` is `i > 10` after the step)
_OLD_VALUE_TESTS = {(">=", 1): (">", 0), ("<", 1): ("<=", 0), (">", -1): (">=", 0),
                    ("<=", -1): ("<", 0)}
_COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")


def _postfix(e: ir.Expr) -> int:
    """The step a postfix `++` (1) or `--` (-1) is, else 0."""
    if isinstance(e, ir.IncDec) and not e.prefix:
        return 1 if e.op == "++" else -1
    return 0


def _replace(e: ir.Expr, step: ir.Expr) -> ir.Expr:
    """`e` with `step` (by identity) read as the value it gave: its variable's new value,
    or for a postfix step the old one."""
    if e is step:
        d = _postfix(step)
        var = copy.copy(step.target)
        if not d:
            return var
        return ir.Binary("-" if d > 0 else "+", var, ir.IntLit(1, loc=step.loc), loc=step.loc,
                         type=var.type)
    if isinstance(e, ir.Binary) and e.op in _COMPARISONS and e.lhs is step and _postfix(step) \
            and isinstance(e.rhs, ir.IntLit) and e.rhs.name is None:
        d = _postfix(step)
        op, shift = _OLD_VALUE_TESTS.get((e.op, d), (e.op, d))
        return dataclasses.replace(e, op=op, lhs=copy.copy(step.target),
                                   rhs=dataclasses.replace(e.rhs, value=e.rhs.value + shift,
                                                           spelling=None))
    if isinstance(e, ir.Binary):
        return dataclasses.replace(e, lhs=_replace(e.lhs, step), rhs=_replace(e.rhs, step))
    if isinstance(e, ir.Unary):
        return dataclasses.replace(e, operand=_replace(e.operand, step))
    if isinstance(e, ir.Ternary):
        return dataclasses.replace(e, cond=_replace(e.cond, step))
    return e
