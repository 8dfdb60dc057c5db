"""D's end-of-run dump of an aggregation a printa() also prints, said in a port.

dtrace prints at exit each aggregation no printa() has printed a row of (libdtrace
flags it DTRACE_AGD_PRINTED), which only the run can tell: a tick's printa that never
fired before the -c command ended leaves the table to the exit dump. D's frontend
writes that dump as PrintAgg(unless_printed=True). A port says it as a porter would,
where it can matter: a flag global set where the port prints the aggregation and the
dump under `if (!flag)` after the script's own END clauses. Where every printa() of it
always runs before the dump (at the top of a plain BEGIN or END clause) the dump is
left out, as the script reads. `flagged_dumps_as_run_time` reads that shape back as D's own dump.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .anonagg import ANON_AGG, readable_name
from .types import INT64

# a flag is set whether or not the printa printed a row (libdtrace flags only one that
# did): stap has no size of an array to test before the foreach, and a printa of an
# empty aggregation that rows fill later, before the end, is rare in real scripts
FLAG_NOTE = "set by its printa()s (even of no rows): dtrace prints it at exit only if none printed a row"


def run_time_dumps_flagged(prog: ir.Program) -> ir.Program:
    """`prog` (D, to be ported) with each run-time dump (PrintAgg.unless_printed) of an
    aggregation a printa() may not print before the end said with a flag, and the
    other run-time dumps left out (_uncertain_printaggs)."""
    dumps = [s for p in prog.probes if p.implicit for s in p.body.stmts
             if isinstance(s, ir.PrintAgg) and s.unless_printed]
    if not dumps:
        return prog
    prog = copy.deepcopy(prog)
    conditional = {a for p in prog.probes if not p.implicit
                   for s in _uncertain_printaggs(p) if s[1] for a in [s[0].agg, *s[0].more]}
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
                if isinstance(s, ir.PrintAgg) and s.unless_printed:
                    if s.agg not in flags:
                        continue
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


def _uncertain_printaggs(p: ir.Probe):
    """(printa, whether it may not run before D's dump) of each in `p`. Certain: one
    at the top of an unpredicated BEGIN or END clause, whose flag, set whether it
    printed a row or not (FLAG_NOTE), would always be set: the dump is left out."""
    always = p.predicate is None and all(pt.kind in ("begin", "end") for pt in p.points)
    for s in _top_level(p.body):
        if isinstance(s, ir.PrintAgg):
            yield s, not always
        else:
            yield from ((x, True) for x in ir.walk(s) if isinstance(x, ir.PrintAgg))


def _top_level(b: ir.Stmt):
    if isinstance(b, ir.Block):
        for s in b.stmts:
            yield from _top_level(s)
    else:
        yield b


def _set_flags(node, flags: dict[str, str]) -> None:
    """`flag = 1` after each printa() of a flagged aggregation, in its block (an if's
    arm of the printa alone made a block of the two)."""
    for x in list(ir.walk(node)):
        if isinstance(x, ir.If):
            for arm in ("then", "else_"):
                s = getattr(x, arm)
                if isinstance(s, ir.PrintAgg) and _sets(s, flags):
                    setattr(x, arm, ir.Block([s, *_sets(s, flags)], loc=s.loc))
        elif isinstance(x, ir.Block):
            x.stmts = [y for s in x.stmts
                       for y in ([s, *_sets(s, flags)] if isinstance(s, ir.PrintAgg) else [s])]


def _sets(s: ir.PrintAgg, flags: dict[str, str]) -> list[ir.Stmt]:
    """The flag sets after printa() `s`: one per flagged aggregation it prints."""
    return [ir.ExprStmt(ir.Assign(ir.Var(flags[a], "global", loc=s.loc, type=INT64), "=",
                                  ir.IntLit(1, loc=s.loc, type=INT64), loc=s.loc, type=INT64), loc=s.loc)
            for a in [s.agg, *s.more] if a in flags]


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
                x.stmts = [s for s in x.stmts if _flag_set(s) not in found]
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
    back) a blank line and the rows' format; the D printer checks the format."""
    if len(body) == 2 and isinstance(body[0], ir.Printf) and body[0].fmt == "\n" \
            and not body[0].args and isinstance(body[1], ir.PrintAgg) and body[1].layout == "format":
        d = body[1]
    elif len(body) == 1 and isinstance(body[0], ir.PrintAgg) and body[0].layout == "dtrace":
        d = body[0]
    else:
        return None
    return d if d.keys is None and not d.more and d.limit is None else None


def _flag_set(s: ir.Stmt) -> Optional[str]:
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
            if isinstance(x, ir.Block):
                for i, s in enumerate(x.stmts):
                    if _flag_set(s) == flag:
                        j = i - 1  # (a printa of several aggregations: a set each)
                        while j >= 0 and _flag_set(x.stmts[j]) is not None:
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
