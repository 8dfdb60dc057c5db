"""Clauses that do nothing at the start of a session, which a port leaves out.

ProbeVue scripts declare their variables in `@@BEGIN` (IBM's samples write
`@@BEGIN { probev_timestamp_t ts1, ts2; }`): the declarations become the port's
globals, and the clause that held them is empty. A D or stap porter writes no
`BEGIN { }` / `probe begin { }` for it.
"""

from __future__ import annotations

import copy

from . import nodes as ir


def _does_nothing(p: ir.Probe) -> bool:
    # a framed D clause prints its probe line even with no statements
    return (bool(p.points) and all(pt.kind == "begin" for pt in p.points) and p.predicate is None
            and not p.body.stmts and not p.framed and not p.comments)


def without_empty_begin_clauses(prog: ir.Program) -> ir.Program:
    """`prog` without its begin clauses that have no predicate and no statements
    (`prog` itself when it has none)."""
    if not any(_does_nothing(p) for p in prog.probes):
        return prog
    prog = copy.copy(prog)
    prog.probes = [p for p in prog.probes if not _does_nothing(p)]
    return prog
