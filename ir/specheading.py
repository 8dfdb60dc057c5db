"""DTrace's non-quiet heading when a framed record is speculative.

DTrace prints the `CPU     ID                    FUNCTION:NAME` heading with the
first record it prints. A speculative clause's record (its probe prefix too) is
printed at its speculation's commit, and never when it is discarded, so a session
whose only records are speculative prints the heading at the first commit of a
speculation that holds one, and not at all when every one is discarded.

explicit_framing's heading is a printf behind a global flag at the start of each
framed clause; in a clause that speculates that would print it at once. Here such
a clause instead notes that its speculation holds a framed record (a global array
keyed by the id), and each commit() prints the heading first, if the flag says it
is still due, when the speculation it commits holds one; discard() forgets it.
A speculate(0) clause records nothing (D drops its records): no heading, no note.
"""

from __future__ import annotations

import copy

from . import nodes as ir
from .loc import XtraceError
from .specids import is_zero
from .types import INT64

HELD_OPTION = "spec_framed_maps"  # Program.options: the maps this module adds


def speculates(p: ir.Probe) -> bool:
    """Whether p is a D clause that speculates (D's speculate() is a top-level
    statement of its clause; a tentative one is Vue's)."""
    return any(isinstance(s, ir.Speculate) and s.tentative is None for s in p.body.stmts)


def held_headings(prog: ir.Program, spec_clauses: list[ir.Probe], flag: str, head: str) -> None:
    """Rewrite `prog` in place (after explicit_framing, whose heading flag is the
    global `flag` and whose heading is `head`): each clause of `spec_clauses`, framed
    and without its heading, notes its speculation as holding a record; each commit
    prints the heading first when the flag says so and its speculation holds one."""
    if not spec_clauses:
        return
    held = ir.free_name(prog, "dtrace_spec_framed")
    prog.globals.append(ir.Global(held, "map", type=INT64, key_types=[INT64]))
    prog.options = {**(prog.options or {}),
                    HELD_OPTION: [*(prog.options or {}).get(HELD_OPTION, []), held]}
    for p in spec_clauses:
        stmts = []
        for s in p.body.stmts:
            if isinstance(s, ir.Speculate) and s.tentative is None and not is_zero(s.id):
                loc = s.loc
                mark = ir.Assign(_held(held, s.id, loc), "=", ir.IntLit(1, loc=loc, type=INT64),
                                 loc=loc, type=INT64)
                stmts.append(ir.ExprStmt(mark, loc=loc))
            stmts.append(s)
        p.body = ir.Block(stmts, loc=p.body.loc)
    for p in prog.probes:
        p.body = ir.map_tree(p.body, lambda n: _with_heading(n, held, flag, head))


def _held(held: str, spec_id: ir.Expr, loc: ir.Loc) -> ir.Index:
    return ir.Index(held, [copy.deepcopy(spec_id)], loc=loc, type=INT64)


def _ends(s: ir.Stmt) -> bool:
    return isinstance(s, ir.SpecEnd) and s.tentative is None and not is_zero(s.id)


def _with_heading(n, held: str, flag: str, head: str):
    """map_tree's step: a block's commits and discards with their heading
    statements before them (a branch that is a bare commit becomes a block)."""
    if isinstance(n, ir.Block):
        stmts: list[ir.Stmt] = []
        for s in n.stmts:
            stmts += _before(s, held, flag, head) + [s] if _ends(s) else [s]
        n.stmts = stmts
    elif isinstance(n, ir.If):
        for field in ("then", "else_"):
            s = getattr(n, field)
            if s is not None and _ends(s):
                setattr(n, field, ir.Block(_before(s, held, flag, head) + [s], loc=s.loc))
    return n


def _before(s: ir.SpecEnd, held: str, flag: str, head: str) -> list[ir.Stmt]:
    """What goes before commit(id): `if (held[id]) { delete held[id]; if (!flag)
    { flag = 1; printf(heading) } }`; before discard(id): `delete held[id]`."""
    loc = s.loc
    if any(not isinstance(x, (ir.Var, ir.Index, ir.IntLit, ir.Builtin)) for x in ir.walk(s.id)):
        # the id is read again before the commit: only where reading it twice is one read
        raise XtraceError(f"a {s.op}() id computed by an expression cannot be expressed here "
                          "with DTrace's non-quiet heading (printed with the first record "
                          "committed, so the id is read twice); nearest: keep the id in a "
                          "variable, or `#pragma D option quiet`", loc)
    forget = ir.Delete(held, [copy.deepcopy(s.id)], loc=loc)
    if s.op != "commit":
        return [forget]
    var = ir.Var(flag, "global", loc=loc, type=INT64)
    due = ir.If(ir.Unary("!", var, loc=loc, type=INT64), ir.Block([
        ir.ExprStmt(ir.Assign(copy.deepcopy(var), "=", ir.IntLit(1, loc=loc, type=INT64),
                              loc=loc, type=INT64), loc=loc),
        ir.Printf(head, [], loc=loc)], loc=loc), loc=loc)
    return [ir.If(_held(held, s.id, loc), ir.Block([forget, due], loc=loc), loc=loc)]
