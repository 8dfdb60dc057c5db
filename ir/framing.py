"""DTrace's non-quiet record framing (ir.Probe.framed) as explicit statements.

A D script without `#pragma D option quiet` prints, before the session's first
record, the heading `CPU     ID                    FUNCTION:NAME`, and frames
each firing of a recording clause as `%3d %6d %32s ` (CPU, probe ID,
`function:name`) ... newline. Another language prints the same with a printf at
each end of the clause and a global that remembers the heading. The probe ID is
DTrace's own numbering: known for BEGIN (1), END (2) and ERROR (3); any other
probe's depends on the machine's providers, so such a clause is a gap.
"""

from __future__ import annotations

import copy

from . import nodes as ir
from .loc import XtraceError
from .types import INT64, STRING

HEADING = "CPU     ID                    FUNCTION:NAME\n"
_IDS = {"begin": (1, "BEGIN"), "end": (2, "END"), "error": (3, "ERROR")}


def needs_framing(prog: ir.Program) -> bool:
    """Whether `prog` is a D script that prints DTrace's framing."""
    return not (prog.options or {}).get("quiet", prog.lang != "d") and any(p.framed for p in prog.probes)


def explicit_framing(prog: ir.Program) -> ir.Program:
    """A copy of `prog`, quiet, whose framed clauses print their framing themselves
    (XtraceError at a framed clause whose DTrace probe ID cannot be known)."""
    if not needs_framing(prog):
        return prog
    prog = copy.deepcopy(prog)
    flag = _free_name(prog, "dtrace_heading")
    prog.globals.append(ir.Global(flag, "scalar", type=INT64))
    for p in prog.probes:
        if not p.framed:
            continue
        kinds = {pt.kind for pt in p.points}
        if len(kinds) != 1 or not kinds <= set(_IDS):
            spelled = ", ".join(pt.spelling or pt.kind for pt in p.points)
            raise XtraceError(f"DTrace's non-quiet probe line of '{spelled}' shows DTrace's probe "
                              "ID, which depends on the machine's providers and cannot be known "
                              "here (nearest: `#pragma D option quiet` in the D source)", p.loc)
        pid, name = _IDS[kinds.pop()]
        loc = p.loc
        var = ir.Var(flag, "global", loc=loc, type=INT64)
        heading = ir.If(ir.Unary("!", var, loc=loc, type=INT64), ir.Block([
            ir.ExprStmt(ir.Assign(var, "=", ir.IntLit(1, loc=loc, type=INT64), loc=loc, type=INT64),
                        loc=loc),
            ir.Printf(HEADING, [], loc=loc)], loc=loc), loc=loc)
        prefix = ir.Printf("%3d %6d %32s ", [ir.Builtin("cpu", loc=loc, type=INT64),
                                             ir.IntLit(pid, loc=loc, type=INT64),
                                             ir.StrLit(":" + name, loc=loc, type=STRING)], loc=loc)
        p.body = ir.Block([heading, prefix, *p.body.stmts, ir.Printf("\n", [], loc=loc)], loc=p.body.loc)
        p.framed = False
    prog.options = {**(prog.options or {}), "quiet": True}
    return prog


def _free_name(prog: ir.Program, base: str) -> str:
    taken = {g.name for g in prog.globals} | {f.name for f in prog.functions}
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    return name
