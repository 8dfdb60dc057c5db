"""D's ERROR clauses as the catch blocks of stap's clause try blocks, and back.

In D a run-time error (a bad address, a division by zero) ends only the clause
it happens in, and then the ERROR clauses run, in order, as a probe of their
own. The stap port already wraps each clause that can fault in
`try { clause } catch { }` (clause_errors.clauses_as_try); what a stap user
writes for D's ERROR clauses is their bodies in each of those catch blocks, in
order, a predicate as an `if` there:

    try { ... } catch { printf("error %d\\n", ++n); if (n == 2) { exit() } }

What differs, said in the port's comment: DTrace also writes its error line
(`dtrace: error on enabled probe ID ...`) on stderr, and stap's catch writes
nothing; and ERROR's own variables (arg1 the enabled probe ID, arg2 the action,
arg3 the DIF offset, arg4 the fault type, arg5 the address) have no stap value
(stap's `catch (msg)` gives only its own message text, no number), so a clause
that reads them, or names the probe that fired (which, in a catch block, is the
faulting clause's probe and not ERROR), is refused. A fault inside an ERROR
clause is DTrace's to report and drop; inside a catch block stap would end the
session: refused too.

The way back (stap to D): when each clause whose body is a whole try block has
the same catch block, and nothing else can fault outside a try, the catch block
is D's ERROR clauses (a leading run of statements an unpredicated one, each
`if (c) { ... }` with no else one predicated c, placed after the last clause
they catch for) and the clauses plain ones.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from . import nodes as ir
from .clause_errors import clause_try_guard, errors_end_session, may_fault
from .loc import XtraceError

# Built-ins that, in a catch block, would name the faulting clause's probe, not ERROR.
_PROBE_NAMES = frozenset({"probename", "probefunc", "probemod", "probeprov", "probe_id",
                          "epid", "pp"})

NOTE = ("D's ERROR clauses are the catch blocks below (a fault ends only its clause);\n"
        "DTrace also writes its error line on stderr, stap's catch writes nothing.")


def _is_error(p: ir.Probe) -> bool:
    return any(pt.kind == "error" for pt in p.points)


def _empty_catch(s: ir.Stmt) -> bool:
    return isinstance(s, ir.Try) and not s.handler.stmts and s.catch_var is None


def _refuse_unsayable(p: ir.Probe) -> None:
    """XtraceError for what an ERROR clause says that a catch block cannot."""
    for root in (p.predicate, p.body):
        if root is None:
            continue
        for x in ir.walk(root):
            if isinstance(x, ir.Builtin) and re.fullmatch(r"arg\d+", x.name):
                raise XtraceError(
                    f"ERROR's {x.name} (the fault's enabled probe ID, action, DIF offset, "
                    "type or address) has no stap value: stap's catch gives only its "
                    "message text", x.loc)
            if isinstance(x, ir.Builtin) and x.name in _PROBE_NAMES:
                raise XtraceError(
                    f"'{x.name}' in an ERROR clause names the ERROR probe; in stap's catch "
                    "block it would name the probe whose clause faulted", x.loc)
            if isinstance(x, ir.ProbeArg):
                raise XtraceError("ERROR's arguments have no stap value", x.loc)
    # (clauses_as_try has wrapped such a clause in a try block of its own)
    if may_fault(p) or any(_empty_catch(x) for x in ir.walk(p.body)):
        raise XtraceError("an ERROR clause that can itself fault cannot be expressed in stap "
                          "(DTrace reports that fault and goes on; in a catch block stap "
                          "would end the session)", p.loc)


def _handler(errors: list[ir.Probe]) -> list[ir.Stmt]:
    """The ERROR clauses' bodies in order, each predicate an `if` around its body."""
    out: list[ir.Stmt] = []
    for p in errors:
        stmts = [s for s in p.body.stmts if not isinstance(s, ir.Comment)]
        if p.predicate is None:
            out.extend(stmts)
        else:
            out.append(ir.If(p.predicate, ir.Block(stmts, loc=p.body.loc), loc=p.loc))
    return out


def _fill(node, handler: list[ir.Stmt]) -> None:
    """Each clause try block's empty catch under `node` given a copy of `handler`."""
    for x in [x for x in ir.walk(node) if _empty_catch(x)]:
        x.handler = ir.Block(copy.deepcopy(handler), loc=x.loc)


def error_clauses_into_catches(prog: ir.Program) -> ir.Program:
    """For stap from D, after the passes that wrap and merge clause try blocks: the
    ERROR clauses taken out, their bodies the catch block of every clause try (no
    try, no fault: they never run, and go)."""
    errors = [p for p in prog.probes if _is_error(p)]
    if errors_end_session(prog) or not errors:
        return prog
    for p in errors:
        _refuse_unsayable(p)
    prog = copy.deepcopy(prog)
    handler = _handler([p for p in prog.probes if _is_error(p)])
    prog.probes = [p for p in prog.probes if not _is_error(p)]
    if handler and any(_empty_catch(x) for p in prog.probes for x in ir.walk(p.body)):
        for p in prog.probes:
            _fill(p.body, handler)
        prog.options = {**(prog.options or {}), "header_comments": [
            *(prog.options or {}).get("header_comments", []), NOTE]}
    return prog


def _whole_try(body: ir.Block) -> Optional[ir.Try]:
    if len(body.stmts) == 1 and isinstance(body.stmts[0], ir.Try) and body.stmts[0].catch_var is None:
        return body.stmts[0]
    return None


def _split_handler(stmts: list[ir.Stmt], loc) -> list[ir.Probe]:
    """A catch block's statements as ERROR clauses (see the module's docstring)."""
    probes: list[ir.Probe] = []
    run: list[ir.Stmt] = []

    def flush() -> None:
        if run:
            probes.append(ir.Probe([ir.ProbePoint("error", spelling="ERROR", loc=loc)],
                                   ir.Block(list(run), loc=loc), None, loc=loc))
            run.clear()
    for s in stmts:
        if isinstance(s, ir.If) and s.else_ is None:
            flush()
            then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
            probes.append(ir.Probe([ir.ProbePoint("error", spelling="ERROR", loc=s.loc)],
                                   ir.Block(list(then), loc=s.loc), s.cond, loc=s.loc))
        else:
            run.append(s)
    flush()
    return probes


def catches_as_error_clauses(prog: ir.Program) -> ir.Program:
    """For D from stap: clauses whose bodies are whole try blocks with one same
    non-empty catch block, when nothing else can fault, as plain clauses (the
    guard that starts a try, their predicate) and D's ERROR clauses after them."""
    if prog.lang != "stap" or any(_is_error(p) for p in prog.probes):
        return prog
    tries = [t for t in (_whole_try(p.body) for p in prog.probes) if t is not None]
    if not tries or not tries[0].handler.stmts or any(t.handler != tries[0].handler for t in tries):
        return prog
    if any(_whole_try(p.body) is None and may_fault(p) for p in prog.probes) or any(
            may_fault(f.body) for f in prog.functions) or may_fault(tries[0].handler):
        return prog
    prog = copy.deepcopy(prog)
    handler = tries[0].handler
    probes = []
    last = 0  # (the ERROR clauses go after the last clause they catch for: D runs
    # clauses of different probes in no order of the script's, and so reads as written)
    for p in prog.probes:
        t = _whole_try(p.body)
        if t is not None:
            t.handler = ir.Block([], loc=t.handler.loc)
            guarded = clause_try_guard(p)
            if guarded is not None:
                p.predicate, stmts = guarded
                p.body = ir.Block(stmts, loc=p.body.loc)
            else:
                p.body = ir.Block(t.body.stmts, loc=p.body.loc)
            last = len(probes) + 1
        probes.append(p)
    prog.probes = probes[:last] + _split_handler(handler.stmts, handler.loc) + probes[last:]
    # the port's note on its catch blocks says nothing once they are ERROR clauses again
    header = (prog.options or {}).get("header_comments")
    if header:
        prog.options = {**prog.options, "header_comments": [c for c in header if c != NOTE]}
    return prog
