"""stap's speculative.stp calls as D's speculative tracing (a stap script to D).

stap's speculate(id, output) holds one string; D's speculate(id) sends the records
of the rest of its clause to the speculation. So a stap probe whose top-level
statement is `speculate(id, sprintf(fmt, args))` is cut into D clauses on the same
points and predicate, run in order for one hit: the statements before it, then
`{ speculate(id); printf(fmt, args); }` (speculate()s of one id in a row share a
clause), then the rest; a statement holding commit() is a clause of its own (D
allows no record before a commit() nor after it in a clause). stap locals are
this-> variables, which D keeps from clause to clause of one hit. An if around a
speculate() is cut the same way, its branches' clauses with the condition added to
their predicate (the else's with its negation): each tests it again, as the clause
starts where stap's if does, so the condition may change nothing and its branches
nothing it reads. A function of the script that speculates is written out at its
calls first (ir.inline), as the D printer writes out the others.

Refused, at the call, with the nearest D form named: a speculate() inside a loop
(D's speculate() is a clause's), or in a function that cannot be written out; an
if around one whose condition has side effects or reads what its branches change;
a probe that is cut where its predicate reads what the probe writes or where it
has `next` (each D clause tests the predicate again, and `next` would end only its
own clause); an id written as a number other than speculation()'s; an id's value
used for more than passing it on and testing it for 0 (ir.specids). Where the two
differ at run time (D's nspec buffers, 1 by default, and the records it drops for
an id committed or discarded already), a comment above the first speculative
clause says so.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.inline import inline_functions
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
    # a function of the script that calls them: written out at its calls first (as
    # the D printer writes out the others), so that they stand in the probe
    prog = inline_functions(prog, lambda f: f.loc.file == TAPSET_FILE or not _calls(f, names),
                            frozenset(names))
    for f in prog.functions:
        if f.loc.file != TAPSET_FILE:
            call = next((x for x in ir.walk(f.body) if _call(x, names)), None)
            if call is not None:
                raise XtraceError(f"stap's {call.name}() in a function that cannot be written out "
                                  "at its call has no D equivalent (D's speculate() is a "
                                  f"clause's); {_NEAREST}", call.loc)
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


def _calls(f: ir.Function, names: set) -> bool:
    return any(_call(x, names) for x in ir.walk(f.body))


def _call(x, names: set) -> bool:
    return isinstance(x, ir.FuncCall) and x.name in names


def _clauses(p: ir.Probe, names: set) -> list[ir.Probe]:
    """The D clauses of stap probe `p` (itself when it calls none of `names`)."""
    if not any(_call(x, names) for x in ir.walk([p.body, p.predicate])):
        return [p]
    segments = [seg for seg in _cut(p.body.stmts, names, []) if seg.stmts]
    if len(segments) > 1 or any(seg.conds for seg in segments):
        _check_cut(p)
    return [dataclasses.replace(p, body=ir.Block(seg.stmts, loc=p.body.loc), points=copy.deepcopy(p.points),
                                predicate=_conjunction([p.predicate, *seg.conds]),
                                comments=p.comments if i == 0 else [])
            for i, seg in enumerate(segments)]


@dataclasses.dataclass
class _Segment:
    """Statements of one D clause: `kind` "plain", "spec" or "commit", run when the
    probe's predicate and each of `conds` (the ifs around them) hold."""

    kind: str
    stmts: list[ir.Stmt]
    conds: list[ir.Expr]


def _cut(stmts: list[ir.Stmt], names: set, conds: list[ir.Expr]) -> list[_Segment]:
    """`stmts` (under the conditions `conds`) cut into the segments of D clauses:
    a speculate() and the speculate()s of its id after it, a statement holding a
    commit(), the statements between them; an if around a speculate() cut the
    same way, its branches' segments under its condition (or its negation)."""
    segments = [_Segment("plain", [], conds)]
    spec_id: Optional[ir.Expr] = None
    for s in stmts:
        call = s.expr if isinstance(s, ir.ExprStmt) and _call(s.expr, names) else None
        if call is not None and call.name == "speculate":
            sid, output = (_with_ends(a, names) for a in call.args)
            if segments[-1].kind != "spec" or spec_id != sid:
                spec_id = sid
                _check_id(spec_id)
                # the comments just before it go with it
                lead: list[ir.Stmt] = []
                last = segments[-1]
                while last.kind == "plain" and last.stmts and isinstance(last.stmts[-1], ir.Comment):
                    lead.insert(0, last.stmts.pop())
                segments.append(_Segment("spec", lead + [ir.Speculate(spec_id, loc=s.loc)], conds))
            segments[-1].stmts.append(_record(output, s.loc))
            continue
        inner = [x for x in ir.walk(s) if _call(x, names) and x is not call]
        bad = next((x for x in inner if x.name == "speculate"), None)
        if bad is not None and isinstance(s, ir.If) and _branches_only(s, names):
            _check_branch_condition(s)
            cond = _with_ends(s.cond, names)
            segments += _cut(_stmts_of(s.then), names, [*conds, cond])
            if s.else_ is not None:
                negated = ir.Unary("!", copy.deepcopy(cond), loc=cond.loc, type=INT64)
                segments += _cut(_stmts_of(s.else_), names, [*conds, negated])
            segments.append(_Segment("plain", [], conds))
            continue
        if bad is not None:
            raise XtraceError("stap's speculate() inside a loop has no D equivalent (D's "
                              f"speculate() is a clause's, and D has no loops); {_NEAREST}",
                              bad.loc)
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
            segments.append(_Segment("commit", [stmt], conds))
            segments.append(_Segment("plain", [], conds))
            continue
        if segments[-1].kind != "plain":
            segments.append(_Segment("plain", [], conds))
        segments[-1].stmts.append(stmt)
    return segments


def _stmts_of(s: ir.Stmt) -> list[ir.Stmt]:
    return list(s.stmts) if isinstance(s, ir.Block) else [s]


def _branches_only(s: ir.If, names: set) -> bool:
    """Whether every speculate() of if-statement `s` is in its branches outside any
    loop (and its condition calls none of speculative.stp)."""
    loops = [x for x in ir.walk([s.then, s.else_]) if isinstance(x, (ir.While, ir.ForEach))]
    in_loop = any(_call(x, names) and x.name == "speculate" for loop in loops for x in ir.walk(loop))
    in_cond = any(_call(x, names) for x in ir.walk(s.cond))
    return not in_loop and not in_cond


def _check_branch_condition(s: ir.If, what: str = "a stap if around speculate()") -> None:
    """Refuse an if around a speculate() whose condition D's clauses would not
    read as stap's if does: each clause of its branches tests it again (a copy in
    its predicate), so it must change nothing and keep its value through them.
    `what` names the if in the message (Vue's are around tentative tracing)."""
    effect = next((x for x in ir.walk(s.cond) if isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall))), None)
    if effect is not None:
        raise XtraceError(f"the condition of {what} that calls a function "
                          "or changes a variable has no D equivalent: its branches are D clauses "
                          "that each test it again in their predicate; nearest: the condition's "
                          "value in a variable first", effect.loc)
    if _written(ir.Block([x for x in (s.then, s.else_) if x is not None], loc=s.loc)) & _read(s.cond):
        raise XtraceError(f"{what} whose branches change what its condition "
                          "reads has no D equivalent: its branches are D clauses that each test "
                          "the condition again in their predicate; nearest: the condition's value "
                          "in a variable first", s.cond.loc)


def _conjunction(parts: list[Optional[ir.Expr]]) -> Optional[ir.Expr]:
    """`a && b && ...` of the parts that are there (copies), None when none is."""
    out: Optional[ir.Expr] = None
    for e in parts:
        if e is None:
            continue
        e = copy.deepcopy(e)
        out = e if out is None else ir.Binary("&&", out, e, loc=e.loc, type=INT64)
    return out


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


def _check_cut(p: ir.Probe, what: str = "a stap probe") -> None:
    """Refuse to cut `p` (`what` in the message) into clauses where they would not
    run as its one body."""
    nxt = next((x for x in ir.walk(p.body) if isinstance(x, ir.Next)), None)
    if nxt is not None:
        raise XtraceError(f"{what} with `next` that speculates has no D equivalent: its "
                          "speculate() is a D clause of its own, and `next` would end only the "
                          f"clause it is in; {_NEAREST}, the condition its predicate", nxt.loc)
    if p.predicate is None:
        return
    if _written(p.body) & _read(p.predicate):
        raise XtraceError(f"{what} that speculates and changes what its condition reads "
                          "has no D equivalent: its speculate() is a D clause of its own, which "
                          "tests the condition again after the clause before it changed it; "
                          f"{_NEAREST}, with a condition of its own", p.predicate.loc)


def _written(node) -> set:
    """The variables and arrays (specids.key) `node` assigns or deletes from."""
    out = {key(x.target) for x in ir.walk(node) if isinstance(x, (ir.Assign, ir.IncDec))}
    return out | {("[]", x.map) for x in ir.walk(node) if isinstance(x, ir.Delete)}


def _read(e: ir.Expr) -> set:
    """The variables and arrays (specids.key) expression `e` reads."""
    out = {key(x) for x in ir.walk(e) if isinstance(x, (ir.Var, ir.Index))}
    return out | {("[]", x.map) for x in ir.walk(e) if isinstance(x, ir.InMap)}
