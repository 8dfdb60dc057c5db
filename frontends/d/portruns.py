"""A stap port's runs of statements read back as the one D statement they stand for.

A D construct stap has no word for (trunc(@a, n), a printa() of several
aggregations) is, in its stap port (frontends/stap/print_aggops.py), a few
statements in a row with a scratch array of their own, declared with a note. The
D printer's readers (trunc_back.py, joined_back.py) each recognise one such run;
this module replaces every run a reader recognises and takes its scratch array
and note away with it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Callable, Optional

from xtrace.ir import nodes as ir


@dataclass
class Run:
    """What a run of `length` statements stands for: `stmt`, in place of them;
    `scratch`, the global it used; `agg_funcs`, aggregations whose stap statistics
    array the D statement reads as that one statistic."""
    stmt: ir.Stmt
    length: int
    scratch: str
    agg_funcs: list[tuple[str, str]] = field(default_factory=list)
    also: list[str] = field(default_factory=list)  # (other scratch globals it used)


Match = Callable[[ir.Program, list[ir.Stmt], int], Optional[Run]]


def runs_replaced(prog: ir.Program, match: Match, note: str) -> ir.Program:
    """`prog` (stap) with each run `match` recognises (from a block's i-th
    statement) replaced by its statement, the scratch globals and the port's `note`
    on their declaration gone; `prog` itself when there is none."""
    if prog.lang != "stap" or not any(match(prog, b.stmts, i) is not None
                                      for b in ir.program_blocks(prog) for i in range(len(b.stmts))):
        return prog
    prog = copy.deepcopy(prog)
    gone = set()
    for b in ir.program_blocks(prog):
        out: list[ir.Stmt] = []
        i = 0
        while i < len(b.stmts):
            run = match(prog, b.stmts, i)
            if run is None:
                out.append(b.stmts[i])
                i += 1
                continue
            out.append(run.stmt)
            for a, f in run.agg_funcs:
                g = prog.global_named(a)
                if g.agg_func in ("stats", None):
                    g.agg_func = f
            gone.add(run.scratch)
            gone.update(run.also)
            i += run.length
        b.stmts = out
    prog.globals = [g for g in prog.globals if g.name not in gone]
    # (the reader kept the note above the first probe)
    for p in prog.probes:
        p.comments = [c for c in p.comments if c != note]
    return prog


def one(s: ir.Stmt) -> ir.Stmt:
    """A block of one statement as that statement (a loop's or an arm's body)."""
    return s.stmts[0] if isinstance(s, ir.Block) and len(s.stmts) == 1 else s


def local_vars(keys: list[ir.Expr], names: list[str]) -> bool:
    """Whether `keys` are exactly the locals `names` (a loop's own variables)."""
    return len(keys) == len(names) and all(
        isinstance(k, ir.Var) and k.scope == "local" and k.name == n for k, n in zip(keys, names))
