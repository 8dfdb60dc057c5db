"""A clause that prints and then can fault, split so that what it printed stays.

A run-time error in a D clause discards every record the clause wrote before it
(illumos dtrace_probe() does not commit the clause's buffer space; dtrace-utils
returns before the clause's perf_event_output), where stap and ProbeVue keep what a
probe printed before its error. So a D porter aware of the rule ends the clause
before a statement that can fault when statements that record output come before
it, and writes the rest, from that statement on, as the next clause on the same
probe:

    probe begin { println("before") println(10 % zero) }

    BEGIN { printf("before\\n"); }
    BEGIN { printf("%d\\n", 10 % zero); }

The pieces are D clauses of one probe hit: the probe's predicate is each clause's
(so only one that tests what the probe leaves as it is: a leading `if (c) next` on
the context is that predicate, as for a try's split, ir/trycatch_clauses.py), and
a local the pieces share is a `this->` variable, which D keeps from clause to clause
of the hit. A printf whose own argument faults records nothing in any of the
languages: only what earlier statements recorded is at stake. stap's `try { ... }
catch { }` around a whole probe (D's rule said in stap: the fault ends the probe,
what it printed stays) is split inside the try block, the rest a try block too.
A condition on what the probe stores, a `next` left in the body or a speculation
keep the clause whole, as it was.

One split a clause, at its first statement that can fault: the clause before it
cannot fault, so the one after runs only where the source's probe went on. (A
second split, after a statement that can fault, would need the clauses after a
fault not to run: illumos DTrace skips them once the ERROR clause's exit() is
draining the session, but xtrace's D runs them, so the rest after a first fault
point stays one clause and keeps D's rule.)

The way back (stap and Vue from D), clauses_rejoined_at_faults: consecutive
clauses on the same probe that the split would make of one clause are that clause
again (in stap a try block around both where D's rule has put one around the
second), which prints what the two print.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .clause_errors import clause_try_guard, is_clause_try, may_fault
from .trycatch_clauses import context_test, flat_statements, guard_as_predicate

# What writes a record a D fault takes back: output, and the consumer's actions
# on aggregations that dtrace performs when it reads their records.
_RECORDING = (ir.Printf, ir.PrintAgg, ir.Trace, ir.PrintTree, ir.PrintStack, ir.TraceMem,
              ir.TraceValue, ir.PrintVar, ir.System, ir.AggControl)
# A clause speculating or ending early is not split (what it speculates, where it
# ends, belong to the one clause).
_UNSPLIT = (ir.Speculate, ir.SpecEnd, ir.SpecStop, ir.Next, ir.Return)


def records_output(node) -> bool:
    """Whether `node` (a statement or a list of them) holds a statement that writes
    a record a D fault later in its clause discards."""
    return any(isinstance(x, _RECORDING) for x in ir.walk(node))


def split_point(stmts: list[ir.Stmt]) -> Optional[int]:
    """The index of the first statement of `stmts` that can fault, when statements
    before it in its D basic block (after the last `if`: DTrace runs each block as
    a clause of its own, ir/sugarblocks.py) record output; the comments just above
    it go with it. None where the clause needs no split."""
    start = 0  # where the D basic block of statement k starts (ir/sugarblocks.py)
    for k, s in enumerate(stmts):
        if isinstance(s, ir.If):
            if may_fault(s):
                # a fault in its condition or a body of its own drops none of the
                # earlier blocks' records; one inside, after a record there, has no split
                return None
            start = k + 1
            continue
        if may_fault(s):
            if not records_output(stmts[start:k]):
                return None
            while k and isinstance(stmts[k - 1], ir.Comment):
                k -= 1
            return k
    return None


def _splits(stmts: list[ir.Stmt]) -> bool:
    return split_point(stmts) is not None


def _clause(p: ir.Probe) -> tuple[list[ir.Stmt], bool]:
    """A clause's statements, and whether they are a try block with an empty catch
    around the whole clause (stap's way of saying D's rule, ir/clause_errors.py:
    the fault ends the clause, what it printed before stays)."""
    if is_clause_try(p.body) and clause_try_guard(p) is None:
        return flat_statements(p.body.stmts[0].body.stmts), True
    return flat_statements(p.body.stmts), False


def _with_statements(p: ir.Probe, stmts: list[ir.Stmt], tried: bool, **changes) -> ir.Probe:
    loc = stmts[0].loc if stmts else p.body.loc
    body = ir.Block(stmts, loc=loc)
    if tried:
        body = ir.Block([ir.Try(body, ir.Block([], loc=loc), loc=loc)], loc=loc)
    return dataclasses.replace(p, body=body, **changes)


def _splittable(p: ir.Probe) -> bool:
    return (not p.implicit and split_point(_clause(p)[0]) is not None
            and (p.predicate is None or context_test(p.predicate, p.body))
            and not any(isinstance(x, _UNSPLIT) for x in ir.walk(p.body)))


def clauses_split_before_faults(prog: ir.Program) -> ir.Program:
    """For D from stap or Vue (whose probes keep what they printed before a run-time
    error): each clause that records output and then can fault split before its
    first statement that can, the rest the next clause on the same probe (see the
    module's docstring); `prog` itself where none is."""
    if prog.lang not in ("stap", "vue"):
        return prog
    if not any(_splittable(guard_as_predicate(p, _splits)) for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    probes: list[ir.Probe] = []
    for p in prog.probes:
        guarded = guard_as_predicate(p, _splits)
        if not _splittable(guarded):
            probes.append(p)
            continue
        stmts, tried = _clause(guarded)
        k = split_point(stmts)
        # (the first clause cannot fault: no try block of its own)
        probes.append(_with_statements(guarded, stmts[:k], False))
        probes.append(_with_statements(guarded, stmts[k:], tried, comments=[]))
    prog.probes = probes
    return prog


def _rejoined(first: ir.Probe, then: ir.Probe) -> Optional[ir.Probe]:
    """The one clause `first` and `then` are where clauses_split_before_faults would
    split it into them, else None."""
    (a, a_tried), (b, b_tried) = _clause(first), _clause(then)
    if (a_tried or not b or first.points != then.points or first.predicate != then.predicate
            or first.implicit or then.implicit or first.framed != then.framed or then.comments
            or split_point(a + b) not in (len(a), len(a) + _pointer_stores(b))):
        return None
    joined = _with_statements(first, a + b, b_tried)
    return joined if _splittable(joined) else None


def _pointer_stores(stmts: list[ir.Stmt]) -> int:
    """How many of `stmts` lead with a D port's this-> pointer of a cast (set before the
    statement that reads through it and faults, frontends/d/castptrs.py): they fault
    not, so the split's fault comes after them."""
    from .headerlocals import _pointer_store
    n = 0
    while n < len(stmts) and _pointer_store(stmts[n], held=True) is not None:
        n += 1
    return n


def clauses_rejoined_at_faults(prog: ir.Program) -> ir.Program:
    """For stap and Vue from D: consecutive clauses on the same probe that
    clauses_split_before_faults makes of one (the first records output and cannot
    fault, the next starts with a statement that can) as that one clause; `prog`
    itself where there are none. For a language whose fault ends the clause (D's
    own, in stap a try block around the clause) and one whose fault ends the
    session alike, the one clause prints what the two do."""
    if prog.lang != "d":
        return prog
    probes: list[ir.Probe] = []
    for p in prog.probes:
        joined = _rejoined(probes[-1], p) if probes else None
        if joined is not None:
            probes[-1] = joined
        else:
            probes.append(p)
    if len(probes) == len(prog.probes):
        return prog
    prog = copy.copy(prog)
    prog.probes = probes
    return prog
