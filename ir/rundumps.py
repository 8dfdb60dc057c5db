"""D's end-of-run dump of an aggregation a printa() also prints, said in a port.

dtrace prints at exit each aggregation no printa() has printed a row of (libdtrace
flags it DTRACE_AGD_PRINTED), which only the run can tell: a tick's printa that never
fired before the -c command ended leaves the table to the exit dump. D's frontend
writes that dump as PrintAgg(unless_printed=True). A port says it as a porter would,
where it can matter: a flag global set where the port prints a row of the aggregation
(in the port's row loop or `if`: PrintAgg.marks; a printa of no rows sets no flag, as
libdtrace flags an aggregation in dt_print_aggs(), once per row printed) and the dump
under `if (!flag)` after the script's own END clauses. Where every printa() of it runs
in the END clauses, before the dump, which no update follows (at the top of a plain END
clause), the dump is left out, as the script reads: the aggregation the printa found
empty is empty at the dump too, which prints nothing of an empty aggregation.
`flagged_dumps_as_run_time` reads that shape back as D's own dump.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .anonagg import ANON_AGG, readable_name
from .types import INT64

FLAG_NOTE = "set when a printa() prints a row: no dump at exit then"


def run_time_dumps_flagged(prog: ir.Program) -> ir.Program:
    """`prog` (D, to be ported) with each run-time dump (PrintAgg.unless_printed) of an
    aggregation a printa() may not print before the end said with a flag, and the
    other run-time dumps left out (_uncertain_printaggs)."""
    dumps = [s for p in prog.probes if p.implicit for s in p.body.stmts
             if isinstance(s, ir.PrintAgg) and s.unless_printed]
    if not dumps:
        return prog
    prog = copy.deepcopy(prog)
    kinds = printa_kinds(prog)
    conditional = {a for s, k in kinds if k == "maybe" for a in [s.agg, *s.more]}
    printed = {a for s, k in kinds if k == "always" for a in [s.agg, *s.more]}
    flags = {}
    for s in dumps:
        if s.agg in conditional:
            # (D's `@`: named as the port names it, `counts_printed`)
            base = (readable_name(prog, set()) or "agg") if s.agg == ANON_AGG else s.agg
            flags[s.agg] = ir.free_name(prog, f"{base}_printed")
            prog.globals.append(ir.Global(flags[s.agg], "scalar", type=INT64, loc=s.loc,
                                          comment=None if len(flags) > 1 else FLAG_NOTE))
    if flags:
        for p in prog.probes:
            if not p.implicit:
                _set_flags(p.body, flags)
    probes = []
    for p in prog.probes:
        if p.implicit:
            keep = []
            for s in p.body.stmts:
                if isinstance(s, ir.PrintAgg) and s.unless_printed and s.agg not in flags:
                    if s.agg in printed:
                        continue
                    # (its printa()s find no row: D's dump as if there were none)
                    s = dataclasses.replace(s, unless_printed=False)
                elif isinstance(s, ir.PrintAgg) and s.unless_printed:
                    loc = s.loc
                    var = ir.Var(flags[s.agg], "global", loc=loc, type=INT64)
                    s = ir.If(ir.Unary("!", var, loc=loc, type=INT64),
                              ir.Block([dataclasses.replace(s, unless_printed=False)], loc=loc), loc=loc)
                keep.append(s)
            if not keep:
                continue
            p.body = ir.Block(keep, loc=p.body.loc)
        probes.append(p)
    prog.probes = probes
    return prog


def printa_kinds(prog: ir.Program) -> list[tuple[ir.PrintAgg, str]]:
    """Each printa() of `prog`'s clauses with whether it prints a row: "always",
    "never" (a BEGIN clause's printa before any update of what it prints, in the
    BEGIN clauses before it or its own statements before it: BEGIN fires before
    any other probe, so the aggregation has no row there) or "maybe"."""
    out: list[tuple[ir.PrintAgg, str]] = []
    filled_at_begin: set[str] = set()
    surely: set[str] = set()  # (by a plain BEGIN clause's own statements)
    for p in prog.probes:
        if p.implicit:
            continue
        begin = bool(p.points) and all(pt.kind == "begin" for pt in p.points)
        certain = {id(s) for s, maybe in _uncertain_printaggs(p, surely if begin else set()) if not maybe}
        if begin and p.predicate is None:
            surely |= {x.agg for x in _top_level(p.body) if isinstance(x, ir.AggUpdate)}
            surely -= {x.agg for x in ir.walk(p.body) if isinstance(x, ir.AggControl) and x.op == "trunc"}
        for x in ir.walk(p.body):
            if isinstance(x, ir.AggUpdate) and begin:
                filled_at_begin.add(x.agg)
            elif isinstance(x, ir.PrintAgg):
                if id(x) in certain:
                    out.append((x, "always"))
                elif begin and not {x.agg, *x.more} & filled_at_begin:
                    out.append((x, "never"))
                else:
                    out.append((x, "maybe"))
    return out


def _uncertain_printaggs(p: ir.Probe, filled_before: frozenset[str] = frozenset()):
    """(printa, whether the dump may print what it did not) of each in `p`. Certain:
    one at the top of an unpredicated END clause (the dump follows, with the rows that
    printa printed, or none of an aggregation it found empty) that no update of the
    aggregation follows in its clause, or at the top of an unpredicated BEGIN or END
    clause after an update of each aggregation it prints there or in an unpredicated
    BEGIN clause before (`filled_before`; it prints a row). A
    BEGIN clause's printa of an aggregation it did not fill finds no row, which rows
    filled later leave to the dump."""
    plain = p.predicate is None and p.points and all(pt.kind in ("begin", "end") for pt in p.points)
    end = plain and all(pt.kind == "end" for pt in p.points)
    top = list(_top_level(p.body))
    for i, s in enumerate(top):
        if isinstance(s, ir.PrintAgg):
            aggs = {s.agg, *s.more}
            filled = set(filled_before)
            for t in top[:i]:  # (in order: an update after a trunc() fills it again)
                if isinstance(t, ir.AggUpdate):
                    filled.add(t.agg)
                filled -= {x.agg for x in ir.walk(t) if isinstance(x, ir.AggControl) and x.op == "trunc"}
            updated_after = any(isinstance(x, ir.AggUpdate) and x.agg in aggs
                                for t in top[i + 1:] for x in ir.walk(t))
            certain = plain and ((end and not updated_after) or aggs <= filled)
            yield s, not certain
        else:
            yield from ((x, True) for x in ir.walk(s) if isinstance(x, ir.PrintAgg))


def _top_level(b: ir.Stmt):
    if isinstance(b, ir.Block):
        for s in b.stmts:
            yield from _top_level(s)
    else:
        yield b


def _set_flags(node, flags: dict[str, str]) -> None:
    """Each printa() of a flagged aggregation marked to set its flag where it prints a
    row (PrintAgg.marks)."""
    for x in ir.walk(node):
        if isinstance(x, ir.PrintAgg):
            x.marks = [flags[a] for a in [x.agg, *x.more] if a in flags]


def flag_set(flag: str, loc) -> ir.Stmt:
    """`flag = 1`: a port's set of a flag PrintAgg.marks names, where it prints a row."""
    return ir.ExprStmt(ir.Assign(ir.Var(flag, "global", loc=loc, type=INT64), "=",
                                 ir.IntLit(1, loc=loc, type=INT64), loc=loc, type=INT64), loc=loc)


def flagged_dumps_as_run_time(prog: ir.Program) -> ir.Program:
    """The port's flagged dumps (run_time_dumps_flagged) read back as D's: a scalar
    global only ever set to 1 right after a printa() of one aggregation and tested by
    `if (!flag)` around a default dump of it in the last END probe is that dump made
    only if no printa() printed it (PrintAgg.unless_printed), the flag and its sets
    gone."""
    if not prog.probes or not prog.probes[-1].points \
            or not all(pt.kind == "end" for pt in prog.probes[-1].points):
        return prog
    last = prog.probes[-1]
    found: dict[str, str] = {}  # flag -> aggregation
    for s in _last_stmts(last):
        agg = _flag_dump(s)
        if agg is not None:
            found[agg[0]] = agg[1]
    found = {f: a for f, a in found.items() if _only_flag_uses(prog, f, a)}
    if not found:
        return prog
    prog = copy.deepcopy(prog)
    last = prog.probes[-1]
    if last.predicate is not None:  # one dump: read as the probe's predicate
        last.body = ir.Block(_as_dump(last.body.stmts), loc=last.body.loc)
        last.predicate = None
    stmts = []
    for s in last.body.stmts:
        hit = _flag_dump(s)
        if hit is not None and hit[0] in found:
            stmts += _as_dump(s.then.stmts if isinstance(s.then, ir.Block) else [s.then])
        else:
            stmts.append(s)
    last.body = ir.Block(stmts, loc=last.body.loc)
    for p in prog.probes:  # (the flag's note, read as the next probe's comment)
        p.comments = [c for c in p.comments if c.strip() != FLAG_NOTE]
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.Block):
                x.stmts = [s for s in x.stmts if flag_set_of(s) not in found]
            elif isinstance(x, ir.PrintAgg):
                x.marks = [m for m in x.marks if m not in found]
    prog.globals = [g for g in prog.globals if g.name not in found]
    return prog


def _as_dump(body: list[ir.Stmt]) -> list[ir.Stmt]:
    return [dataclasses.replace(s, unless_printed=True) if isinstance(s, ir.PrintAgg) else s
            for s in body]


def _last_stmts(p: ir.Probe) -> list[ir.Stmt]:
    """The last probe's statements, its predicate `!flag` as an if around them."""
    if p.predicate is None:
        return p.body.stmts
    if _dump_of(p.body.stmts) is None:
        return []
    return [ir.If(p.predicate, ir.Block(list(p.body.stmts)))]


def _flag_dump(s: ir.Stmt) -> Optional[tuple[str, str]]:
    """(flag, aggregation) of `if (!flag) <default dump of the aggregation>`."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    c = s.cond
    if not (isinstance(c, ir.Unary) and c.op == "!" and isinstance(c.operand, ir.Var)
            and c.operand.scope == "global"):
        return None
    d = _dump_of(s.then.stmts if isinstance(s.then, ir.Block) else [s.then])
    return None if d is None else (c.operand.name, d.agg)


def _dump_of(body: list[ir.Stmt]) -> Optional[ir.PrintAgg]:
    """The printa of a default dump: DTrace's layout, or (as stap reads its port
    back) a blank line (dump_blank_line) and the rows' format, or the one row's
    format with the blank line in it; the D printer checks the format."""
    if len(body) == 2 and isinstance(body[1], ir.PrintAgg) and body[1].layout == "format" \
            and dump_blank_line(body[0], body[1].agg):
        d = body[1]
    elif len(body) == 1 and isinstance(body[0], ir.PrintAgg) and (
            body[0].layout == "dtrace" or body[0].layout == "format" and (body[0].fmt or "").startswith("\n")):
        d = body[0]
    else:
        return None
    return d if d.keys is None and not d.more and d.limit is None else None


def dump_blank_line(s: ir.Stmt, agg: str) -> bool:
    """Whether `s` is the blank line a port prints before its rows of D's exit dump of
    `agg`: `printf("\\n")`, or that only when the aggregation has a row (dtrace's dump
    walks records), under `foreach ([k..] in agg limit 1)` (stap's print_agg); in a
    dump of several, printed by the first with a row only (once_blank_line)."""
    if isinstance(s, ir.ForEach) and s.map == agg and s.value is None and s.sort_column is None \
            and isinstance(s.limit, ir.IntLit) and s.limit.value == 1:
        body = s.body.stmts if isinstance(s.body, ir.Block) else [s.body]
        if len(body) != 1:
            return False
        s = body[0]
    elif dump_blank_guard(s, agg):
        s = s.then.stmts[0] if isinstance(s.then, ir.Block) else s.then
    return _newline(s) or once_blank_line(s)


def dump_blank_guard(s: ir.Stmt, agg: str) -> bool:
    """Whether `s` is `if (@count(agg)) <one statement>`: a port's test that an
    aggregation without keys has its row, before a blank line of the exit dump."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return False
    c = guard_read(s.cond)
    then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
    return c is not None and c.agg == agg and len(then) == 1


def guard_read(c: ir.Expr) -> Optional[ir.AggRead]:
    """The read of `@count(a)` (stap) or `count(a) > 0` (Vue) that `c` is, or None;
    also of the one row of an aggregation whose key is constant (Vue's `count(a["k"])
    > 0`, ir/onekey.py)."""
    if isinstance(c, ir.Binary) and c.op == ">" and isinstance(c.rhs, ir.IntLit) and c.rhs.value == 0:
        c = c.lhs
    if isinstance(c, ir.AggRead) and c.func == "count" and not c.args \
            and all(isinstance(k, (ir.IntLit, ir.StrLit)) for k in c.keys):
        return c
    return None


def once_counter_reset(s: ir.Stmt, rest: list[ir.Stmt]) -> bool:
    """Whether `s` is `n = 0` of a local `n` that the statements `rest` use only in
    once_blank_line()s (a port's counter, set first where Vue does not zero it)."""
    if not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local"
            and isinstance(s.expr.value, ir.IntLit) and s.expr.value.value == 0):
        return False
    name = s.expr.target.name
    onces = {id(x.cond.operand.target) for x in ir.walk(rest) if once_blank_line(x)}
    uses = [x for x in ir.walk(rest) if isinstance(x, ir.Var) and x.name == name]
    return bool(uses) and all(id(x) in onces for x in uses)


def once_blank_line(s: ir.Stmt) -> bool:
    """Whether `s` is `if (!n++) printf("\\n")` of a local `n`: the one blank line
    dtrace prints before the rows of its exit dump (dtrace.c's main(), then
    dtrace_aggregate_print(), which prints none between two aggregations), in a port
    of a dump of several aggregations, where the first with a row prints it."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return False
    c = s.cond
    if not (isinstance(c, ir.Unary) and c.op == "!" and isinstance(c.operand, ir.IncDec)
            and c.operand.op == "++" and not c.operand.prefix
            and isinstance(c.operand.target, ir.Var) and c.operand.target.scope == "local"):
        return False
    then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
    return len(then) == 1 and _newline(then[0])


def _newline(s: ir.Stmt) -> bool:
    return isinstance(s, ir.Printf) and s.fmt == "\n" and not s.args and not s.stderr


def flag_set_of(s: ir.Stmt) -> Optional[str]:
    """The global `s` sets to 1 (`flag = 1`, a flag_set), or None."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "global" \
            and isinstance(s.expr.value, ir.IntLit) and s.expr.value.value == 1:
        return s.expr.target.name
    return None


def _only_flag_uses(prog: ir.Program, flag: str, agg: str) -> bool:
    """Whether `flag`, a scalar global with no initial value, is set only to 1 right
    after a printa() of `agg` and read only by the dump's test."""
    g = next((g for g in prog.globals if g.name == flag), None)
    if g is None or g.kind != "scalar" or g.init is not None:
        return False
    sets = reads = 0
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.PrintAgg) and flag in x.marks:
                if agg not in [x.agg, *x.more]:
                    return False
                sets += 1
                reads += 1  # (as a set names it)
            if isinstance(x, ir.Block):
                for i, s in enumerate(x.stmts):
                    if flag_set_of(s) == flag:
                        j = i - 1  # (a printa of several aggregations: a set each)
                        while j >= 0 and flag_set_of(x.stmts[j]) is not None:
                            j -= 1
                        prev = x.stmts[j] if j >= 0 else None
                        if not (isinstance(prev, ir.PrintAgg) and agg in [prev.agg, *prev.more]):
                            return False
                        sets += 1
        uses = [x for x in ir.walk(p.body) if isinstance(x, ir.Var) and x.name == flag
                and x.scope == "global"]
        if p.predicate is not None:
            uses += [x for x in ir.walk(p.predicate) if isinstance(x, ir.Var) and x.name == flag]
        reads += len(uses)
    # each set names it once; the test once
    return sets > 0 and reads == sets + 1


def marks_as_statements(prog: ir.Program) -> ir.Program:
    """For a run: each print's PrintAgg.marks as the statements after it that set them
    where it printed a row (the driver prints the rows, the probe sets the flag): `if
    (@count(a) > 0) flag = 1` of an aggregation without keys, else `foreach ([k..] in a
    limit 1) flag = 1`. `prog` itself where no print has marks."""
    if not any(isinstance(x, ir.PrintAgg) and x.marks for root in ir.program_roots(prog)
               for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    nkeys = _key_counts(prog)
    for root in ir.program_roots(prog):
        for x in list(ir.walk(root)):
            if isinstance(x, ir.Block):
                x.stmts = [y for s in x.stmts for y in ([s, *_mark_sets(s, nkeys)]
                                                         if isinstance(s, ir.PrintAgg) else [s])]
            elif isinstance(x, ir.If):
                for arm in ("then", "else_"):
                    s = getattr(x, arm)
                    if isinstance(s, ir.PrintAgg) and s.marks:
                        setattr(x, arm, ir.Block([s, *_mark_sets(s, nkeys)], loc=s.loc))
    return prog


def _key_counts(prog: ir.Program) -> dict[str, int]:
    """How many keys each aggregation has, from its declaration or its updates."""
    out = {g.name: len(g.key_types) for g in prog.globals if g.key_types is not None}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.AggUpdate):
                out.setdefault(x.agg, len(x.keys))
    return out


def _mark_sets(s: ir.PrintAgg, nkeys: dict[str, int]) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    for flag, agg in zip(s.marks, [s.agg, *s.more]):
        loc = s.loc
        n = nkeys.get(agg, 0)
        if n:
            keys = [f"__mark_{agg}_{i}" for i in range(n)]
            out.append(ir.ForEach(agg, keys, ir.Block([flag_set(flag, loc)], loc=loc),
                                  limit=ir.IntLit(1, loc=loc), loc=loc))
        else:
            count = ir.AggRead(agg, [], "count", loc=loc)
            out.append(ir.If(ir.Binary(">", count, ir.IntLit(0, loc=loc), loc=loc),
                             flag_set(flag, loc), loc=loc))
    s.marks = []
    return out
