"""Vue's tentative tracing as D's speculations (a Vue script to D).

Vue's start_tentative(ID) sends the clause's output, up to end_tentative(ID) or the
clause's end, to the buffer named ID; commit_tentative(ID) prints what it holds and
discard_tentative(ID) drops it, and either leaves the buffer taking output again.
A D porter gives each buffer a global holding its speculation's id, `t1_spec`:

* where the clause first records into the buffer, a clause `/!t1_spec/ { t1_spec =
  speculation(); }` gets it an id if it has none (the first use of a run, or the
  first after a commit or discard), then `{ speculate(t1_spec); printf(...); }`
  holds the records (D's speculate() comes before a clause's records, so a Vue
  clause mixing held and plain output is several D clauses on its probe, in order);
* commit_tentative(t1) is `{ commit(t1_spec); t1_spec = 0; }` in a clause of its own
  (D allows no record before or after a commit() in a clause), discard likewise;
* an `if` whose branches start, end, commit or discard a buffer is cut the same
  way, its branches' clauses under its condition (spec_back's cut, whose checks it
  shares: the condition is tested again by each clause);
* nspec is the number of buffers (each holds at most one speculation at a time).

What is never committed is dropped at the end in both. Refused, at the construct,
with the nearest D form: a record reached with a buffer open on some paths only
(start_tentative() in an if, the record after it), Vue's print() of an array or
of an array of lists, clear() or another action D allows no speculate() before,
inside a buffer; a tentative call in a loop.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional, Union

from xtrace.frontends.stap.print_tentative import RECORDS, buffer_names, is_tentative
from xtrace.frontends.constructs import describe
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.types import INT64

from .spec_back import _check_branch_condition, _check_cut, _conjunction, _stmts_of

NOTE = ("Vue's tentative buffers: a speculation each (nspec one per buffer), its id in\n"
        "a global that a commit or discard sets to 0, the next record getting a new one;\n"
        "dtrace may keep a speculation committed on another CPU busy for a moment, when\n"
        "speculation() gives 0 and what Vue would hold is dropped")
# what D allows no speculate() before in its clause: a clause of their own after it
_UNSPECULATED = (ir.Exit, ir.AggUpdate, ir.AggControl, ir.SetOpt)
# records D cannot hold in a speculation (the driver prints an aggregation as it is
# when it prints, not as it was at the record)
_HELD_REFUSED = (ir.PrintVar, ir.PrintAgg, ir.PrintTree)


# the buffers possibly open at a point of a clause (None: none); more than one where
# paths to it disagree (start_tentative() in an if), told apart by this-> flags
_State = frozenset


@dataclasses.dataclass
class _Segment:
    """Statements of one D clause: `kind` "plain", "get" (speculation() for
    `buffer`), "spec" (records held in `buffer`) or "end" (a commit or discard),
    run when each of `conds` holds."""

    kind: str
    stmts: list[ir.Stmt]
    conds: list[ir.Expr]
    buffer: Optional[str] = None


def tentative_as_d(prog: ir.Program) -> ir.Program:
    """A copy of Vue program `prog` with its tentative buffers as D speculations;
    `prog` itself when it has none. XtraceError where D cannot say them."""
    if prog.lang != "vue":
        return prog
    names = buffer_names(prog)
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    taken = {g.name for g in prog.globals}
    spec_vars: dict[str, str] = {}
    for n in names:
        base = re.sub(r"[^A-Za-z0-9_]", "_", n)
        base = f"{base}_spec" if re.match(r"[A-Za-z_]", base) else f"spec_{base}"
        name = ir.free_name(prog, base)
        while name in taken:
            name += "_"
        taken.add(name)
        spec_vars[n] = name
        prog.globals.append(ir.Global(name, "scalar", type=INT64, loc=prog.probes[0].loc))
    cut = _Cutter(spec_vars)
    probes: list[ir.Probe] = []
    for p in prog.probes:
        probes += cut.clauses(p)
    if cut.noted is None:
        return dataclasses.replace(prog, probes=probes)
    # (the Vue frontend counts its buffers there too; D's default is 1)
    limits = {k: v for k, v in (prog.options.get("limits") or {}).items() if k != "NSPEC"}
    if len(names) > 1:
        limits["NSPEC"] = len(names)
    options = {**prog.options, "limits": limits}
    return dataclasses.replace(prog, probes=probes, options=options)


class _Cutter:
    """Cuts Vue clauses into D ones (one per buffer's records, commit, ... in a row)."""

    def __init__(self, spec_vars: dict[str, str]) -> None:
        self.spec_vars = spec_vars
        self.noted: Optional[ir.Probe] = None
        self.flagged: set[str] = set()  # the buffers of this clause told apart by a flag

    def var(self, name: str, loc) -> ir.Var:
        return ir.Var(self.spec_vars[name], "global", loc=loc, type=INT64)

    def flag(self, name: str, loc) -> ir.Var:
        """The this-> flag saying buffer `name` is open (where paths disagree)."""
        return ir.Var(self.spec_vars[name].removesuffix("_spec") + "_open", "local", loc=loc, type=INT64)

    def clauses(self, p: ir.Probe) -> list[ir.Probe]:
        """The D clauses of Vue clause `p` (itself when it has no tentative call)."""
        if not any(is_tentative(x) for x in ir.walk(p.body)):
            return [p]
        self.flagged = set()
        segments: list[_Segment] = []
        top: list[ir.Expr] = []
        self._cut(p.body.stmts, top, frozenset([None]), segments)
        if self.flagged:  # again, the flags set where buffers start and end
            segments = [_Segment("plain", [ir.ExprStmt(_set(self.flag(n, p.loc), 0), loc=p.loc)
                                          for n in sorted(self.flagged)], top)]
            self._cut(p.body.stmts, top, frozenset([None]), segments)
        segments = [s for s in segments if s.stmts]
        if len(segments) > 1 or any(s.conds for s in segments):
            _check_cut(p, "a Vue clause")
        out = []
        for i, seg in enumerate(segments):
            c = dataclasses.replace(p, body=ir.Block(seg.stmts, loc=p.body.loc),
                                    points=copy.deepcopy(p.points),
                                    predicate=_conjunction([p.predicate, *seg.conds]),
                                    comments=p.comments if i == 0 else [])
            if seg.kind == "get" and self.noted is None:
                self.noted = c
                c.body.stmts.insert(0, ir.Comment(NOTE, loc=c.body.loc))
            out.append(c)
        return out

    def _cut(self, stmts: list[ir.Stmt], conds: list[ir.Expr], state: _State,
             segments: list[_Segment]) -> _State:
        """Append the segments of `stmts` (run under `conds`, the buffers `state` open
        at their start) to `segments`; the buffers open at their end."""
        for s in stmts:
            state = self._stmt(s, conds, state, segments)
        return state

    def _opened(self, s: ir.Stmt, name: Optional[str], conds: list[ir.Expr],
                segments: list[_Segment]) -> _State:
        """Buffer `name` (None: none) open from start_tentative/end_tentative `s` on."""
        for n in sorted(self.flagged):
            self._plain(ir.ExprStmt(_set(self.flag(n, s.loc), int(n == name)), loc=s.loc),
                        conds, segments)
        return frozenset([name])

    def _stmt(self, s: ir.Stmt, conds: list[ir.Expr], state: _State,
              segments: list[_Segment]) -> _State:
        if isinstance(s, ir.Speculate) and s.tentative is not None:
            return self._opened(s, s.tentative, conds, segments)
        if isinstance(s, ir.SpecStop):
            return self._opened(s, None, conds, segments)
        if isinstance(s, ir.SpecEnd) and s.tentative is not None:
            var = self.var(s.tentative, s.loc)
            segments.append(_Segment("end", [ir.SpecEnd(s.op, var, loc=s.loc),
                                             ir.ExprStmt(_set(copy.deepcopy(var), 0), loc=s.loc)],
                                     conds))
            return state
        tentative = any(is_tentative(x) for x in ir.walk(s))
        records = any(isinstance(x, RECORDS) for x in ir.walk(s))
        held = records and state != {None}
        if isinstance(s, ir.If) and (tentative or held and any(isinstance(x, _UNSPECULATED)
                                                                 for x in ir.walk(s))):
            _check_branch_condition(s, "a Vue if around tentative tracing")
            after = self._cut(_stmts_of(s.then), [*conds, s.cond], state, segments)
            negated = ir.Unary("!", copy.deepcopy(s.cond), loc=s.cond.loc, type=INT64)
            other = self._cut(_stmts_of(s.else_), [*conds, negated], state, segments) \
                if s.else_ is not None else state
            return after | other
        if tentative:
            call = next(x for x in ir.walk(s) if is_tentative(x))
            raise XtraceError(f"{describe(call)} inside a loop has no D equivalent (D's "
                              "speculate() is a clause's, and D has no loops); nearest: the "
                              "tentative call outside the loop", call.loc)
        if not held or isinstance(s, _UNSPECULATED):
            self._plain(s, conds, segments)
            return state
        if len(state) > 1:
            # open on some paths only: a clause for each, told apart by the flags
            self.flagged |= {n for n in state if n is not None}
            for name in sorted(state, key=lambda n: (n is not None, n or "")):
                self._stmt(copy.deepcopy(s), [*conds, self._open_test(name, state, s.loc)],
                           frozenset([name]), segments)
            return state
        (name,) = state
        shown = next((x for x in ir.walk(s) if isinstance(x, _HELD_REFUSED)), None)
        if shown is not None:
            raise XtraceError("Vue's print() of an array inside a tentative buffer has no D "
                              "equivalent: the buffer holds the array as it was at the print, "
                              "D's printa() prints an aggregation as it is when dtrace prints it "
                              "(and xtrace's D allows none after speculate()); nearest: the "
                              "print() outside the buffer, after end_tentative()", shown.loc)
        bad = next((x for x in ir.walk(s) if isinstance(x, _UNSPECULATED)), None)
        if bad is not None:
            raise XtraceError(f"{describe(bad)} in a statement that also records inside a Vue "
                              "tentative buffer has no D equivalent: D allows no speculate() "
                              f"before it in a clause; nearest: {describe(bad)} in a statement "
                              "of its own", bad.loc)
        last = segments[-1] if segments else None
        if last is None or last.kind != "spec" or last.buffer != name or last.conds is not conds:
            var = self.var(name, s.loc)
            get = ir.ExprStmt(_set(copy.deepcopy(var), ir.Call("speculation", [], loc=s.loc, type=INT64)),
                              loc=s.loc)
            missing = ir.Unary("!", copy.deepcopy(var), loc=s.loc, type=INT64)
            segments.append(_Segment("get", [get], [*conds, missing], name))
            segments.append(_Segment("spec", [ir.Speculate(var, loc=s.loc)], conds, name))
        segments[-1].stmts.append(s)
        return state

    def _open_test(self, name: Optional[str], state: _State, loc) -> ir.Expr:
        """The test that buffer `name` (None: none of `state`) is the one open."""
        if name is not None:
            return self.flag(name, loc)
        return _conjunction([ir.Unary("!", self.flag(n, loc), loc=loc, type=INT64)
                             for n in sorted(n for n in state if n is not None)])

    @staticmethod
    def _plain(s: ir.Stmt, conds: list[ir.Expr], segments: list[_Segment]) -> None:
        """Statement `s`, which records nothing held, in the clause before it where
        D allows it there, else in a clause of its own."""
        last = segments[-1] if segments else None
        records = any(isinstance(x, RECORDS + _UNSPECULATED) for x in ir.walk(s))
        fits = last is not None and last.conds is conds and (
            last.kind == "plain" or last.kind == "spec" and not records)
        if not fits:
            segments.append(_Segment("plain", [], conds))
        segments[-1].stmts.append(s)


def _set(var: ir.Var, value: Union[int, ir.Expr]) -> ir.Assign:
    """`var = value`."""
    if isinstance(value, int):
        value = ir.IntLit(value, loc=var.loc, type=INT64)
    return ir.Assign(var, "=", value, loc=var.loc, type=INT64)
