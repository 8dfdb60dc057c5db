"""D clauses that pass this-> values on, one ProbeVue clause, and back.

A D script may keep a clause-local (`this->path`) from clause to clause of one
probe hit. ProbeVue's locals end with their clause, so its port runs the clauses
as one clause of ifs, each predicate an `if` around its clause's statements
(ir/clausemerge.py merged_carried_clauses). ProbeVue has no try, so where one of
the clauses can fault, its fault ends the rest of the merged clause, where D ends
only the clause it happens in: the port says so above it (CARRIED_FAULT_NOTE).

That note is the porter's word that the ifs were D clauses, which the way back
into D reads (clauses_of_noted_merge): the clause carrying the note exactly, whose
statements are each an `if` without `else` or a run of other statements, with no
`return` (the merge's way out after an exit() under an if) and an exit() only in
its last statement, is one D clause per `if` (its condition the predicate) and per
run of other statements (no predicate), in order, on the same points; the note
goes. Anything else stays the one clause it is.
"""

from __future__ import annotations

import copy
import dataclasses

from xtrace.frontends.common import note_text
from xtrace.ir import nodes as ir
from xtrace.ir.clause_errors import may_fault

CARRIED_FAULT_NOTE = note_text(
    "D ran each if below (and each run of statements between them) as a clause of its "
    "own, passing this-> values on; ProbeVue's locals end with their clause, so they are "
    "one clause here, and a run-time error ends the rest of it where D ended only the "
    "clause it happened in")


def carried_merges_noted(before: ir.Program, after: ir.Program) -> ir.Program:
    """`after` (merged_carried_clauses() of `before`) with CARRIED_FAULT_NOTE among
    the comments of each probe it merged from clauses of which one can fault."""
    kept = {id(p) for p in before.probes}
    if all(id(p) in kept for p in after.probes):
        return after
    out = copy.copy(after)
    out.probes = [p if id(p) in kept or not may_fault(p.body) or CARRIED_FAULT_NOTE in p.comments
                  else dataclasses.replace(p, comments=[*p.comments, CARRIED_FAULT_NOTE])
                  for p in after.probes]
    return out


def clauses_of_noted_merge(prog: ir.Program) -> ir.Program:
    """`prog` (a ProbeVue program) with each clause carrying CARRIED_FAULT_NOTE, in
    the merge's shape, as the D clauses it was (see the module docstring); `prog`
    itself where none is."""
    if prog.lang != "vue" or not any(_splittable(p) for p in prog.probes):
        return prog
    out = copy.copy(prog)
    out.probes = [q for p in prog.probes for q in (_split(p) if _splittable(p) else [p])]
    return out


def _splittable(p: ir.Probe) -> bool:
    stmts = p.body.stmts
    if CARRIED_FAULT_NOTE not in p.comments or p.predicate is not None or p.implicit \
            or not any(isinstance(s, ir.If) for s in stmts):
        return False
    if any(isinstance(x, (ir.Next, ir.Return, ir.Speculate, ir.SpecEnd)) for x in ir.walk(p.body)):
        return False
    if any(isinstance(s, ir.If) and s.else_ is not None for s in stmts):
        return False
    return not any(isinstance(x, ir.Exit) for s in stmts[:-1] for x in ir.walk(s))


def _split(p: ir.Probe) -> list[ir.Probe]:
    runs: list[tuple[ir.Expr | None, list[ir.Stmt]]] = []
    for s in p.body.stmts:
        if isinstance(s, ir.If):
            then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
            runs.append((s.cond, list(then)))
        elif runs and runs[-1][0] is None:
            runs[-1][1].append(s)
        else:
            runs.append((None, [s]))
    comments = [c for c in p.comments if c != CARRIED_FAULT_NOTE]
    out: list[ir.Probe] = []
    for cond, stmts in runs:
        out.append(dataclasses.replace(p, predicate=cond, body=ir.Block(stmts, loc=p.body.loc),
                                       comments=comments))
        comments = []
    return out
