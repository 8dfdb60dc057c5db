"""stap's speculative.stp calls as D's speculative tracing (a stap script to D).

stap's speculate(id, output) holds one string; D's speculate(id) sends the records
of the rest of its clause to the speculation. So a stap probe whose top-level
statement is `speculate(id, sprintf(fmt, args))` is cut into D clauses on the same
points and predicate, run in order for one hit: the statements before it, then
`{ speculate(id); printf(fmt, args); }` (speculate()s of one id in a row share a
clause), then the rest; a statement holding commit() is a clause of its own (D
allows no record before a commit() nor after it in a clause). stap locals are
this-> variables, which D keeps from clause to clause of one hit.

Refused, at the call, with the nearest D form named: a speculate() inside an if
or a loop (D's speculate() is a clause's); a probe that is cut where its
predicate reads what the probe writes or where it has `next` (each D clause
tests the predicate again, and `next` would end only its own clause); an id
written as a number other than speculation()'s; an id's value used for more
than passing it on and testing it for 0 (ir.specids); a speculate() in a
function of the script. Where the two differ at run time (D's nspec buffers,
1 by default, and the records it drops for an id committed or discarded
already), a comment above the first speculative clause says so.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.specids import key, shown_id
from xtrace.ir.types import INT64

NOTE = ("stap's speculation() never runs out, and an id takes output after its\n"
        "commit(); D has nspec speculations (1 unless the option says more) and\n"
        "drops what is speculated on an id committed or discarded already")
_NEAREST = "nearest: a clause of its own, `{ speculate(id); printf(...); }`"


def speculations_as_d(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (from stap) with its speculative.stp calls in D's terms;
    `prog` itself when it calls none. XtraceError where D cannot say them."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.frontends.stap.library_extra import SPECULATIVE_FUNCS
    names = {f.name for f in prog.functions if f.loc.file == TAPSET_FILE and f.name in SPECULATIVE_FUNCS}
    if not names:
        return prog
    for f in prog.functions:
        if f.loc.file != TAPSET_FILE:
            call = next((x for x in ir.walk(f.body) if _call(x, names)), None)
            if call is not None:
                raise XtraceError(f"stap's {call.name}() in a function has no D equivalent (D's "
                                  f"speculate() is a clause's); {_NEAREST}", call.loc)
    prog = copy.deepcopy(prog)
    found = shown_id(prog, lambda e: _call(e, names) and e.name == "speculation",
                     lambda e, parent: _call(parent, names) and parent.name != "speculation"
                     and parent.args and e is parent.args[0], lambda f: f.loc.file != TAPSET_FILE)
    if found is not None:
        raise XtraceError("the value of a stap speculation id has no D equivalent: stap's "
                          "speculation() counts up from 1, D's gives 1..nspec (an id again after "
                          "its commit or discard, 0 when all are busy); only passing the id to "
                          "speculate(), commit() and discard() and testing it for 0 translate",
                          found.loc)
    probes: list[ir.Probe] = []
    noted = False
    for p in prog.probes:
        clauses = _clauses(p, names)
        for c in clauses:
            at = next((i for i, s in enumerate(c.body.stmts) if isinstance(s, ir.Speculate)), None)
            if not noted and at is not None:
                c.body.stmts.insert(at, ir.Comment(NOTE, loc=c.body.loc))
                noted = True
        probes += clauses
    used = {x.name for p in probes for x in ir.walk([p.body, p.predicate]) if isinstance(x, ir.FuncCall)}
    # the tapset's functions and their globals go with the calls (speculation()'s
    # state is D's own)
    functions = [f for f in prog.functions if f.loc.file != TAPSET_FILE or f.name in used
                 or not (f.name in names or f.name.startswith("__xt_spec"))]
    globals_ = [g for g in prog.globals if not (g.loc.file == TAPSET_FILE and g.name.startswith("__xt_spec"))]
    return dataclasses.replace(prog, probes=probes, functions=functions, globals=globals_)


def _call(x, names: set) -> bool:
    return isinstance(x, ir.FuncCall) and x.name in names


def _clauses(p: ir.Probe, names: set) -> list[ir.Probe]:
    """The D clauses of stap probe `p` (itself when it calls none of `names`)."""
    if not any(_call(x, names) for x in ir.walk([p.body, p.predicate])):
        return [p]
    segments: list[list[ir.Stmt]] = [[]]
    kinds: list[str] = ["plain"]  # "plain", "spec" or "commit", one per segment
    spec_id: Optional[ir.Expr] = None
    for s in p.body.stmts:
        call = s.expr if isinstance(s, ir.ExprStmt) and _call(s.expr, names) else None
        if call is not None and call.name == "speculate":
            sid, output = (_with_ends(a, names) for a in call.args)
            if kinds[-1] != "spec" or spec_id != sid:
                spec_id = sid
                _check_id(spec_id)
                # the comments just before it go with it
                lead: list[ir.Stmt] = []
                while kinds[-1] == "plain" and segments[-1] and isinstance(segments[-1][-1], ir.Comment):
                    lead.insert(0, segments[-1].pop())
                segments.append(lead + [ir.Speculate(spec_id, loc=s.loc)])
                kinds.append("spec")
            segments[-1].append(_record(output, s.loc))
            continue
        inner = [x for x in ir.walk(s) if _call(x, names) and x is not call]
        bad = next((x for x in inner if x.name == "speculate"), None)
        if bad is not None:
            raise XtraceError("stap's speculate() inside an if or a loop has no D equivalent "
                              f"(D's speculate() is a clause's); {_NEAREST}, the condition "
                              "its predicate", bad.loc)
        ends = [x for x in ir.walk(s) if _call(x, names) and x.name in ("commit", "discard")]
        stmt = _with_ends(s, names)
        if any(x.name == "commit" for x in ends):
            for x in ends:
                _check_id(x.args[0])
            if any(isinstance(y, ir.Printf) for y in ir.walk(stmt)):
                raise XtraceError("stap's commit() in a statement that also prints has no D "
                                  "equivalent (D allows no record before or after a commit() in "
                                  "a clause); nearest: the commit() in a clause of its own",
                                  ends[0].loc)
            segments.append([stmt])
            kinds.append("commit")
            segments.append([])
            kinds.append("plain")
            continue
        if kinds[-1] != "plain":
            segments.append([])
            kinds.append("plain")
        segments[-1].append(stmt)
    segments = [seg for seg in segments if seg]
    if len(segments) > 1:
        _check_cut(p)
    return [dataclasses.replace(p, body=ir.Block(seg, loc=p.body.loc), points=copy.deepcopy(p.points),
                                predicate=copy.deepcopy(p.predicate),
                                comments=p.comments if i == 0 else [])
            for i, seg in enumerate(segments)]


def _check_id(e: ir.Expr) -> None:
    if isinstance(e, ir.IntLit):
        raise XtraceError("a stap speculation id written as a number has no D equivalent (D's "
                          "ids are speculation()'s, and D drops the records of one not active, "
                          "where stap holds output for any id)", e.loc)


def _record(output: ir.Expr, loc) -> ir.Printf:
    """D's record of what stap's speculate() holds: printf of the sprintf()'s format,
    or of the string."""
    if isinstance(output, ir.Sprintf):
        return ir.Printf(output.fmt, output.args, loc=loc)
    if isinstance(output, ir.StrLit):
        return ir.Printf(output.value.replace("%", "%%"), [], loc=loc)
    return ir.Printf("%s", [output], loc=loc)


def _with_ends(s: ir.Stmt, names: set) -> ir.Stmt:
    """`s` with its commit(id)/discard(id) statements D's, and speculation() calls D's
    built-in."""
    def fix(n):
        if isinstance(n, ir.ExprStmt) and _call(n.expr, names) and n.expr.name in ("commit", "discard"):
            return ir.SpecEnd(n.expr.name, fix(n.expr.args[0]), loc=n.loc)
        if _call(n, names) and n.name == "speculation":
            return ir.Call("speculation", [], loc=n.loc, type=INT64)
        if _call(n, names):
            raise XtraceError(f"stap's {n.name}() here has no D equivalent (D's speculate(), "
                              f"commit() and discard() are statements); {_NEAREST}", n.loc)
        if dataclasses.is_dataclass(n) and isinstance(n, (ir.Expr, ir.Stmt)):
            changes = {}
            for f in dataclasses.fields(n):
                v = getattr(n, f.name)
                if isinstance(v, (ir.Expr, ir.Stmt)):
                    changes[f.name] = fix(v)
                elif isinstance(v, list):
                    changes[f.name] = [fix(x) if isinstance(x, (ir.Expr, ir.Stmt)) else x for x in v]
            return dataclasses.replace(n, **changes)
        return n
    return fix(s)


def _check_cut(p: ir.Probe) -> None:
    """Refuse to cut `p` into clauses where they would not run as its one body."""
    nxt = next((x for x in ir.walk(p.body) if isinstance(x, ir.Next)), None)
    if nxt is not None:
        raise XtraceError("a stap probe with `next` that speculates has no D equivalent: its "
                          "speculate() is a D clause of its own, and `next` would end only the "
                          f"clause it is in; {_NEAREST}, the condition its predicate", nxt.loc)
    if p.predicate is None:
        return
    written = {key(x.target) for x in ir.walk(p.body) if isinstance(x, (ir.Assign, ir.IncDec))}
    written |= {("[]", x.map) for x in ir.walk(p.body) if isinstance(x, ir.Delete)}
    read = {key(x) for x in ir.walk(p.predicate) if isinstance(x, (ir.Var, ir.Index))}
    read |= {("[]", x.map) for x in ir.walk(p.predicate) if isinstance(x, ir.InMap)}
    if written & read:
        raise XtraceError("a stap probe that speculates and changes what its condition reads "
                          "has no D equivalent: its speculate() is a D clause of its own, which "
                          "tests the condition again after the clause before it changed it; "
                          f"{_NEAREST}, with a condition of its own", p.predicate.loc)
