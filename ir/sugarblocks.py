"""A D clause with `if` statements as DTrace runs it: one record per basic block.

libdtrace (dt_sugar.c, illumos/FreeBSD since 2016) rewrites a clause that has an
`if` into sub-clauses on the same probes before it compiles it: the statements
before an `if` are one clause, the condition is stored by a clause of its own
(`this->%condition_N`), the if-body and the else-body are clauses predicated on
that condition (and on `!self->%error`), the statements after the `if` another
clause; nested ifs recurse, an empty body makes no clause. Each sub-clause is an
ECB of its own, and the kernel (dtrace_ecb_resize) gives an ECB whose actions
store nothing a size of 0: it writes no record. So in a non-quiet session the
consumer frames (`CPU ID FUNCTION:NAME ... newline`) each basic block that
recorded data, not the clause: a block that only assigns prints nothing, and a
clause with two recording blocks prints two framed lines per firing. A clause
with no statement at all keeps DTrace's default action (one framed empty line);
that is the clause's own framing, not a block's.

A fault ends its ECB (its record is dropped) and fires ERROR, whose sub-clause
sets `self->%error`: the later blocks of the firing do not run, the earlier ones'
records stay. exit() makes the session DRAINING, and dtrace_probe() runs no later
ECB of the firing: the blocks after the one that called it do not run.

This module cuts a clause's body the way dt_sugar does (`pieces`); the C
backend (backend_c/gen_sugar.py) and the ports (ir/framing.py explicit_framing)
frame each recording block. Every `ir.If` of a D clause counts as an `if`
statement but D's ternary statement `c ? printf(a) : 1;` (an If marked
`ternary`): dtrace folds its constant condition at parse time (dt_node_op3), so
the branch taken is statements of the block it sits in, and one of assignments
only is one expression.
"""

from __future__ import annotations

import copy
from typing import Optional, Union

from . import nodes as ir
from .constint import int_value
from .loc import XtraceError

# Statements whose DTrace action stores data in the ECB's record.
RECORDING_STMTS = (ir.Printf, ir.PrintAgg, ir.Trace, ir.Exit, ir.AggControl, ir.SetOpt, ir.System,
                   ir.PrintStack, ir.TraceMem)

Piece = Union[ir.If, list]


def records(stmts) -> bool:
    """Whether any statement under `stmts` (a node or a list) records data."""
    return any(isinstance(x, RECORDING_STMTS) for x in ir.walk(stmts))


def clause_records_data(body: ir.Block) -> bool:
    """Whether DTrace records data for a clause with this body (and so frames it when
    not quiet): yes with a data-recording action anywhere in it, or with no action at
    all (DTrace's default action); not when it only updates variables or aggregations.
    (A clause with an `if` is framed per basic block that records: blocks() below.)"""
    stmts = [s for s in ir.walk(body) if not isinstance(s, (ir.Block, ir.Comment, ir.Expr))]
    return not stmts or any(isinstance(s, RECORDING_STMTS) for s in stmts)


def flat(s: Union[ir.Stmt, list]) -> list[ir.Stmt]:
    """The statements of a body or branch, nested blocks opened (they scope nothing in
    D), a ternary statement of a constant condition as the branch it takes."""
    if isinstance(s, list):
        return [x for y in s for x in flat(y)]
    if isinstance(s, ir.Block):
        return flat(s.stmts)
    if is_ternary(s):
        known = int_value(s.cond)
        if known is not None:
            taken = s.then if known[0] else s.else_
            return flat(taken) if taken is not None else []
    return [s]


def is_ternary(s) -> bool:
    """Whether `s` is D's ternary statement (`c ? printf(a) : 1;`), no `if` to DTrace."""
    return isinstance(s, ir.If) and s.ternary


def pieces(s: Union[ir.Stmt, list]) -> list[Piece]:
    """The statements of a body or branch as dt_sugar cuts them: each `if` (an
    ir.If) alone, and the runs of other statements between them (lists, none empty)."""
    out: list[Piece] = []
    run: list[ir.Stmt] = []
    for x in flat(s):
        if isinstance(x, ir.If) and not x.ternary:
            if run:
                out.append(run)
                run = []
            out.append(x)
        else:
            run.append(x)
    if run:
        out.append(run)
    return out


def sugared(p: ir.Probe) -> bool:
    """Whether DTrace cuts clause `p` into basic blocks: it has an `if`."""
    return any(isinstance(x, ir.If) and not x.ternary for x in ir.walk(p.body))


def recording_runs(s: Union[ir.Stmt, list]) -> list[list[ir.Stmt]]:
    """Every basic block (run) under a body or branch that records data, in order."""
    out: list[list[ir.Stmt]] = []
    for piece in pieces(s):
        if isinstance(piece, ir.If):
            out += recording_runs(piece.then)
            if piece.else_ is not None:
                out += recording_runs(piece.else_)
        elif records(piece):
            out.append(piece)
    return out


def first_block_records(p: ir.Probe) -> bool:
    """Whether the first thing clause `p` runs is a block that records (so each firing
    that passes the predicate records, before anything that could be skipped)."""
    ps = pieces(p.body)
    return bool(ps) and isinstance(ps[0], list) and records(ps[0])


def _after_exit(s: Union[ir.Stmt, list]) -> tuple[Optional[ir.Stmt], bool]:
    """(the first statement of a basic block or `if` that comes after a block calling
    exit(), or None; whether `s` ends having called exit() on some path)."""
    exited = False
    for piece in pieces(s):
        if exited:
            return (piece if isinstance(piece, ir.If) else piece[0]), True
        if isinstance(piece, ir.If):
            found, in_then = _after_exit(piece.then)
            if found is not None:
                return found, True
            in_else = False
            if piece.else_ is not None:
                found, in_else = _after_exit(piece.else_)
                if found is not None:
                    return found, True
            exited = in_then or in_else
        else:
            exited = any(isinstance(x, ir.Exit) for x in ir.walk(piece))
    return None, exited


def exits_end_clause(prog: ir.Program) -> ir.Program:
    """A copy of D program `prog` for stap or Vue in which each basic block that calls
    exit() and has blocks after it in its clause ends with `next` (stap's, Vue's
    return): DTrace runs no later ECB of the firing once exit() made the session
    DRAINING (but in END), where stap's and Vue's exit() let the probe go on; the
    rest of the block itself runs in each. `prog` itself where no clause needs it."""
    if prog.lang != "d":
        return prog

    def needs(p: ir.Probe) -> bool:
        return not p.implicit and not all(pt.kind == "end" for pt in p.points) and sugared(p) \
            and _after_exit(p.body)[0] is not None
    if not any(needs(p) for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if needs(p):
            p.body = ir.Block(_nexts(p.body, False), loc=p.body.loc)
    return prog


def _nexts(s: Union[ir.Stmt, list], more: bool) -> list[ir.Stmt]:
    """The statements of `s`, each block that calls exit() ended by `next` where a block
    comes after it in the clause (`more`: one does after `s`)."""
    out: list[ir.Stmt] = []
    ps = pieces(s)
    for i, piece in enumerate(ps):
        later = more or i < len(ps) - 1
        if isinstance(piece, ir.If):
            piece.then = _branch(piece.then, _nexts(piece.then, later))
            if piece.else_ is not None:
                piece.else_ = _branch(piece.else_, _nexts(piece.else_, later))
            out.append(piece)
        else:
            out += piece
            exit_ = next((x for x in piece if isinstance(x, ir.Exit)), None)
            if later and exit_ is not None:
                out.append(ir.Next(loc=exit_.loc))
    return out


def _branch(old: ir.Stmt, stmts: list[ir.Stmt]) -> ir.Stmt:
    if not isinstance(old, ir.Block) and len(stmts) == 1:
        return stmts[0]
    return ir.Block(stmts, loc=old.loc)


def blocks_after_exit(prog: ir.Program, lang: str) -> ir.Program:
    """`prog`, a D program to print in `lang` (stap, Vue), when no clause of it runs a
    basic block after one that calls exit(); XtraceError at the first such block:
    DTrace runs no later ECB of the firing once exit() made the session DRAINING (but
    in END), where stap's and Vue's exit() let the probe go on."""
    if prog.lang != "d":
        return prog
    for p in prog.probes:
        if p.implicit or all(pt.kind == "end" for pt in p.points) or not sugared(p):
            continue
        found, _ = _after_exit(p.body)
        if found is not None:
            raise XtraceError(
                f"cannot express in {lang} D's end of a clause's later basic blocks at exit() "
                "(DTrace cuts a clause at its `if` statements and runs no block after the one "
                f"that called exit(); {lang}'s exit() lets the probe go on); nearest: exit() "
                "in the clause's last block", found.loc)
    return prog
