"""stap's named stopwatches written out for a port, where a porter would.

stopwatch.stp keeps its stopwatches in tapset arrays (library._STOPWATCH), which D
and Vue have no functions to hold, so a port was refused at the first call. The
common use starts one stopwatch as the session begins and reads it everywhere after
(procmod_watcher.stp's `start_stopwatch("timer")` in `probe begin`,
`read_stopwatch_us("timer")` in each event line): a person porting that writes a
global set to the clock where the stopwatch starts and the clock less it where it is
read, `(timestamp - timer_start) / 1000` in D. A stopwatch that is ever stopped or
deleted, started outside a begin probe (it may be started again, or not at all) or
read where it may not have started yet keeps the tapset's functions (and the
refusal): its value depends on the tapset's state.
"""

from __future__ import annotations

import copy
import re

from xtrace.ir import nodes as ir
from xtrace.ir.presence import splice_statements
from xtrace.ir.types import INT64

from .library import TAPSET_FILE

# read_stopwatch_*() -> the divisor of nanoseconds it reads in
_READS = {"read_stopwatch_ns": 1, "read_stopwatch_us": 1000, "read_stopwatch_ms": 1000000,
          "read_stopwatch_s": 1000000000}
_WRITES = ("stop_stopwatch", "delete_stopwatch")
_FUNCS = ("start_stopwatch",) + _WRITES + tuple(_READS)


def stopwatches_written_out(prog: ir.Program) -> None:
    """Each stopwatch started once as the session begins and never stopped or deleted
    replaced, in place, by a global holding the clock at its start: its reads become
    the clock less that global, in the unit read. The tapset's functions and arrays
    are left out once nothing calls them."""
    tapset = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE and f.name in _FUNCS}
    if "start_stopwatch" not in tapset:
        return
    now = _clock(tapset["start_stopwatch"])
    if now is None:
        return
    calls = [x for x in ir.walk(list(_script_roots(prog, tapset)))
             if isinstance(x, ir.FuncCall) and x.name in _FUNCS]
    if not all(len(c.args) == 1 and isinstance(c.args[0], ir.StrLit) for c in calls):
        return
    begins = [p for p in prog.probes if all(pt.kind == "begin" for pt in p.points)]
    started_at_top = {s.expr.args[0].value for p in begins for s in p.body.stmts
                      if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.FuncCall)
                      and s.expr.name == "start_stopwatch"}
    early = _read_in_begin(prog, begins, tapset)
    names = {c.args[0].value for c in calls}
    kept = {c.args[0].value for c in calls if c.name in _WRITES}
    starts = [c for c in calls if c.name == "start_stopwatch"]
    plain = {n for n in names - kept - early if n in started_at_top
             and sum(c.args[0].value == n for c in starts) == 1}
    _switched_written_out(prog, tapset, now, names - plain)
    if not plain:
        _drop_unused_tapset(prog, tapset)
        return
    start_var = {}
    for n in sorted(plain):
        g = ir.free_name(prog, re.sub(r"\W", "_", n).strip("_") + "_start" if re.search(r"\w", n)
                         else "stopwatch_start")
        at = next(c.loc for c in starts if c.args[0].value == n)
        prog.globals.append(ir.Global(g, "scalar", type=INT64, loc=at))
        start_var[n] = g

    def rewrite(e):
        if not (isinstance(e, ir.FuncCall) and e.name in _FUNCS and isinstance(e.args[0], ir.StrLit)
                and e.args[0].value in start_var):
            return e
        var = ir.Var(start_var[e.args[0].value], "global", loc=e.loc, type=INT64)
        clock = copy.deepcopy(now)
        clock.loc = e.loc
        if e.name == "start_stopwatch":
            return ir.Assign(var, "=", clock, loc=e.loc, type=INT64)
        span = ir.Binary("-", clock, var, loc=e.loc, type=INT64)
        unit = _READS[e.name]
        return span if unit == 1 else ir.Binary("/", span, ir.IntLit(unit, loc=e.loc, type=INT64),
                                                 loc=e.loc, type=INT64)

    # (the tapset's own functions call these with their parameter, no constant: untouched)
    splice_statements(prog, lambda s: None, rewrite)
    _drop_unused_tapset(prog, tapset)


def _clock(start: ir.Function):
    """The tapset's clock (ktime_get_ns()) as start_stopwatch() reads it."""
    return next((x.value for x in ir.walk(start.body)
                 if isinstance(x, ir.Assign) and isinstance(x.target, ir.Index)
                 and x.target.map == "__xt_sw_run"), None)


def _script_roots(prog: ir.Program, tapset: dict):
    """The script's code: its probes and its own functions (not the tapset's)."""
    for p in prog.probes:
        yield p.body
        if p.predicate is not None:
            yield p.predicate
    for f in prog.functions:
        if f.name not in tapset:
            yield f.body


def _read_in_begin(prog: ir.Program, begins: list, tapset: dict) -> set[str]:
    """The stopwatches read in a begin probe (or a function one calls): such a read
    may come before the start, where the tapset reads 0."""
    funcs = {f.name: f for f in prog.functions if f.name not in tapset}
    seen: set[str] = set()
    todo = [p.body for p in begins] + [p.predicate for p in begins if p.predicate is not None]
    read = set()
    while todo:
        for x in ir.walk(todo.pop()):
            if not isinstance(x, ir.FuncCall):
                continue
            if x.name in _READS and x.args and isinstance(x.args[0], ir.StrLit):
                read.add(x.args[0].value)
            elif x.name in funcs and x.name not in seen:
                seen.add(x.name)
                todo.append(funcs[x.name].body)
    return read


def _drop_unused_tapset(prog: ir.Program, tapset: dict) -> None:
    """The stopwatch functions nothing calls any more left out, and their arrays
    with the last of them."""
    while True:
        called = {x.name for x in ir.walk(list(ir.program_roots(prog))) if isinstance(x, ir.FuncCall)}
        unused = [f for f in prog.functions if f.name in tapset and f.name not in called]
        if not unused:
            break
        prog.functions = [f for f in prog.functions if f not in unused]
    if any(f.name in tapset for f in prog.functions):
        return
    prog.globals = [g for g in prog.globals if g.name not in ("__xt_sw_run", "__xt_sw_acc")]


def _switched_written_out(prog: ir.Program, tapset: dict, now: ir.Expr, names: set[str]) -> None:
    """The other stopwatches (started and stopped as the script goes, deleted, read
    before they start) as a porter keeps them: two globals each, the clock at the
    start of the running span (0 when stopped) and the time of the spans before it,
    `user_total += timestamp - user_start; user_start = 0` where the stopwatch stops.
    Only where each start, stop and delete is a statement of its own (a porter's `if`
    in its place): in an expression one keeps the tapset's functions. One nothing
    reads is left out; one nothing starts reads 0."""
    stmts = {id(s.expr) for root in _script_roots(prog, tapset) for s in ir.walk(root)
             if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.FuncCall)}
    for x in ir.walk(list(_script_roots(prog, tapset))):
        if isinstance(x, ir.FuncCall) and x.name in _FUNCS and x.name not in _READS \
                and id(x) not in stmts:
            names.discard(x.args[0].value)
    if not names:
        return
    # a stopwatch nothing reads shows nothing: a porter leaves it out
    calls = [x for x in ir.walk(list(_script_roots(prog, tapset))) if isinstance(x, ir.FuncCall)]
    read = {x.args[0].value for x in calls if x.name in _READS}
    # one nothing starts reads 0 wherever it is read (the tapset's unknown name): a
    # porter writes 0, not a clock difference with a stamp nothing sets
    started = {x.args[0].value for x in calls if x.name == "start_stopwatch"}
    var: dict[str, tuple[str, str]] = {}
    for n in sorted(names & read & started):
        base = re.sub(r"\W", "_", n).strip("_") or "stopwatch"
        at = next(x.loc for x in ir.walk(list(_script_roots(prog, tapset)))
                  if isinstance(x, ir.FuncCall) and x.name in _FUNCS and x.args[0].value == n)
        pair = (ir.free_name(prog, base + "_start"), "")
        prog.globals.append(ir.Global(pair[0], "scalar", type=INT64, loc=at))
        pair = (pair[0], ir.free_name(prog, base + "_total"))
        prog.globals.append(ir.Global(pair[1], "scalar", type=INT64, loc=at))
        var[n] = pair

    def g(name: str, loc) -> ir.Var:
        return ir.Var(name, "global", loc=loc, type=INT64)

    def clock(loc) -> ir.Expr:
        c = copy.deepcopy(now)
        c.loc = loc
        return c

    def statements(call: ir.FuncCall) -> list[ir.Stmt]:
        if call.args[0].value not in var:
            return []
        start, total = var[call.args[0].value]
        loc = call.loc
        if call.name == "start_stopwatch":  # a running stopwatch goes on
            set_start = ir.ExprStmt(ir.Assign(g(start, loc), "=", clock(loc), loc=loc, type=INT64), loc=loc)
            return [ir.If(ir.Unary("!", g(start, loc), loc=loc, type=INT64), set_start, loc=loc)]
        zero = [ir.ExprStmt(ir.Assign(g(start, loc), "=", ir.IntLit(0, loc=loc, type=INT64), loc=loc,
                                      type=INT64), loc=loc)]
        if call.name == "delete_stopwatch":
            return zero + [ir.ExprStmt(ir.Assign(g(total, loc), "=", ir.IntLit(0, loc=loc, type=INT64),
                                                 loc=loc, type=INT64), loc=loc)]
        span = ir.Binary("-", clock(loc), g(start, loc), loc=loc, type=INT64)
        add = ir.ExprStmt(ir.Assign(g(total, loc), "+=", span, loc=loc, type=INT64), loc=loc)
        return [ir.If(g(start, loc), ir.Block([add] + zero, loc=loc), loc=loc)]

    def read(call: ir.FuncCall) -> ir.Expr:
        loc = call.loc
        if call.args[0].value not in var:
            return ir.IntLit(0, loc=loc, type=INT64)
        start, total = var[call.args[0].value]
        running = ir.Ternary(g(start, loc), ir.Binary("-", clock(loc), g(start, loc), loc=loc, type=INT64),
                             ir.IntLit(0, loc=loc, type=INT64), loc=loc, type=INT64)
        ns = ir.Binary("+", g(total, loc), running, loc=loc, type=INT64)
        unit = _READS[call.name]
        return ns if unit == 1 else ir.Binary("/", ns, ir.IntLit(unit, loc=loc, type=INT64), loc=loc,
                                              type=INT64)

    def ours(x) -> bool:
        return isinstance(x, ir.FuncCall) and x.name in _FUNCS and isinstance(x.args[0], ir.StrLit) \
            and x.args[0].value in names

    # (the tapset's own functions call these with their parameter, no constant: untouched)
    splice_statements(prog, lambda s: statements(s.expr) if isinstance(s, ir.ExprStmt) and ours(s.expr)
                      and s.expr.name not in _READS else None,
                      lambda e: read(e) if ours(e) and e.name in _READS else e)
