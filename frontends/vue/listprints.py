"""The Vue printer's print of a list, read back as the print of an aggregation.

Vue has no printa(): a D aggregation without keys is a Vue list, and the Vue
printer (printer.py unkeyed_row) says a print of it as the printf of its one
row, guarded so that a list nothing was appended to prints no row:

    printf("\\n");                       D's END layout: a blank line, then
    if (count(l) > 0)                   the value in ` %16d`
        printf(" %16d\\n", avg(l));

    if (count(l) > 0)                   printa("total %@d\\n", @l)
        printf("total %d\\n", sum(l));

    if (count(l) > 0)                   D's exit dump of @l (the blank line
        printf("\\n %16d\\n", sum(l));    only with a row: dtrace's dump walks
                                        records), as printa("\\n %@16d\\n", @l)

    if (count(l) > 0) {                 the same in a dump of several: dtrace
        if (!dumped++) printf("\\n");    prints one blank line before the
        printf(" %16d\\n", sum(l)); }     dump's rows, none between two, so
                                        the first with a row prints it (the
                                        test kept beside the print)

A list used only by append() and by such prints is read as the aggregation it
was: the prints become PrintAgg, so that the translation back to D is the
printa() (or the implicit end-of-run dump) it came from, not an `if` that reads
an aggregation's value, which D cannot say. Both forms print the same text in
every case (an empty list: the blank line alone, or nothing), so a native Vue
script written this way also runs unchanged.

An associative array of lists every append() of which names one constant key
is read so too (onekey.py): `if (count(a["k"]) > 0) printf(fmt, "k", stat(a["k"]))`,
the key's parts among the arguments in order (or written into the format, a plain
`%s` of a literal: taken back out), is the print of that aggregation, in D's END
layout when the format is DTrace's row of that key after a printf("\\n").

Anything else stays as written: a list read elsewhere or an element deleted (emptied
whole, `l = list()` or clear(a), it is D's trunc(@a)), read
as two statistics, a guard other than `count(l) > 0`, a format with other
than one integer conversion, or an `else`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Optional

from xtrace.ir import nodes as ir

from xtrace.ir.rundumps import flag_set_of, once_blank_line

from xtrace.ir.onekey import same_literals

from . import onekey
from .listfill import DTRACE_ROWS, filled_before

# The conversions printa() applies to an aggregation's (integer) value.
_INT_CONVS = frozenset("diuxXo")
_STATS = frozenset({"count", "sum", "min", "max", "avg"})


@dataclass
class _Print:
    """One guarded printf of a list's statistic found in a block."""

    block: list[ir.Stmt]  # the statement list it is in
    at: int               # index of its If in `block`
    head: bool            # a printf("\n") right before it belongs to it (D's layout)
    agg: str
    func: str
    fmt: str
    keys: list[ir.Expr]   # the one constant key of a keyed aggregation's row (onekey.py)


def read_list_prints(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (a Vue program) with each guarded printf of a list's
    statistic said as the print of the aggregation (PrintAgg), for the lists
    whose every use is append() or such a print of one statistic; `prog`
    itself when there is none."""
    lists = {g.name for g in prog.globals if g.kind == "agg" and g.agg_func == "stats"}
    if not lists:
        return prog
    prog = copy.deepcopy(prog)
    guarded = _unguard_clauses(prog, lists)
    prints: list[_Print] = []
    for probe in prog.probes:
        _collect(probe.body, lists, prints, filled_before(probe.body))
    taken = {name for name in lists if _only_appends_and(prog, name, prints)}
    # Rewrite from the end of each block so that earlier indexes stay valid.
    for p in sorted((p for p in prints if p.agg in taken), key=lambda p: -p.at):
        guard = p.block[p.at]
        then = guard.then.stmts if isinstance(guard.then, ir.Block) else [guard.then]
        marks = _marks(then[1:]) or []
        if len(then) == 2 and once_blank_line(then[0]):
            node = ir.PrintAgg(p.agg, "format", fmt=p.fmt, value_func=p.func, loc=guard.loc)
            p.block[p.at:p.at + 1] = [ir.If(guard.cond, then[0], loc=guard.loc), node]
        elif p.head:
            node = ir.PrintAgg(p.agg, "dtrace", value_func=p.func, loc=guard.loc, marks=marks)
            p.block[p.at - 1:p.at + 1] = [node]
        elif p.keys:
            node = ir.PrintAgg(p.agg, "format", fmt=p.fmt, value_func=p.func, loc=guard.loc,
                               marks=marks)
            p.block[p.at] = node
        else:
            node = ir.PrintAgg(p.agg, "format", fmt=p.fmt, value_func=p.func, loc=guard.loc,
                               marks=marks)
            p.block[p.at] = node
    for probe, several in guarded:  # a guard left as written goes back to being the clause's predicate
        if isinstance(probe.body.stmts[0], ir.If):
            then = probe.body.stmts[0].then
            probe.predicate, probe.body.stmts = probe.body.stmts[0].cond, \
                list(then.stmts) if several else [then]
    return prog


def _unguard_clauses(prog: ir.Program, lists: set[str]) -> list[tuple[ir.Probe, bool]]:
    """The clauses whose whole body was the guarded print (the lowering made its
    `if` the clause's predicate: common.whole_body_guard), with the `if` put back
    into the body so that it is read as the others are; and whether that body had
    several statements (the print and a D port's flag sets)."""
    out = []
    for probe in prog.probes:
        stmts = probe.body.stmts
        if probe.predicate is None or not stmts or (len(stmts) > 1 and _marks(stmts[1:]) is None):
            continue
        # (the print, and a D port's flag sets: a block)
        then = stmts[0] if len(stmts) == 1 else ir.Block(list(stmts), loc=probe.body.loc)
        stmt = ir.If(probe.predicate, then, loc=probe.predicate.loc)
        if _guarded_print(stmt, lists) is not None:
            probe.predicate, probe.body.stmts = None, [stmt]
            out.append((probe, len(stmts) > 1))
    return out


def _collect(body: ir.Block, lists: set[str], out: list[_Print],
             filled: dict[int, tuple[ir.Stmt, frozenset[str]]]) -> None:
    """Every guarded print of a list in `lists` in a clause's `body`; `filled`
    says which lists hold a value where (listfill.filled_before)."""
    for x in ir.walk(body):
        if isinstance(x, ir.Block):
            for i, s in enumerate(x.stmts):
                found = _guarded_print(s, lists)
                if found is None:
                    continue
                agg, func, fmt, keys, at = found
                prev = x.stmts[i - 1] if i else None
                row = onekey.key_row_format(onekey.literal_types(keys)) if keys else DTRACE_ROWS[0]
                head = (fmt == row and isinstance(prev, ir.Printf) and prev.fmt == "\n"
                        and not prev.args and not prev.stderr)
                if not keys and not head and fmt not in DTRACE_ROWS \
                        and agg in filled.get(id(s), (None, frozenset()))[1]:
                    # The Vue printer writes printa() there as the plain printf (the
                    # guard is always true): a guard written anyway stays as written.
                    continue
                # (a key's row: the value flagged only away from its place after the keys)
                fmt = fmt if keys and at == len(keys) else _value_flagged(fmt, at)
                out.append(_Print(x.stmts, i, head, agg, func, fmt, keys))


def _guarded_print(s: ir.Stmt, lists: set[str]) -> Optional[tuple[str, str, str, list[ir.Expr], int]]:
    """(list, statistic, format, keys, the value's argument) when `s` is
    `if (count(l) > 0) printf(fmt, stat(l))` with `fmt` printing that one integer and
    nothing else, or (onekey.py) `if (count(a[K]) > 0) printf(fmt, ..., stat(a[K]))`
    with the constant key K's parts, in order, the other arguments."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    c = s.cond
    if not (isinstance(c, ir.Binary) and c.op == ">" and isinstance(c.lhs, ir.AggRead)
            and c.lhs.func == "count" and not c.lhs.args
            and all(isinstance(k, (ir.IntLit, ir.StrLit)) for k in c.lhs.keys)
            and c.lhs.agg in lists and ir.int_constant(c.rhs) == 0 and isinstance(c.rhs, ir.IntLit)):
        return None
    keys = list(c.lhs.keys)
    then = s.then
    if isinstance(then, ir.Block) and len(then.stmts) == 2 and once_blank_line(then.stmts[0]):
        # D's exit dump of several: its one blank line first (rundumps.once_blank_line),
        # kept beside the print under the same test (read_list_prints)
        then = then.stmts[1]
    if isinstance(then, ir.Block) and len(then.stmts) > 1 and _marks(then.stmts[1:]) is not None:
        then = then.stmts[0]  # (and a D port's flag sets: PrintAgg.marks)
    if isinstance(then, ir.Block) and len(then.stmts) == 1:
        then = then.stmts[0]
    if not (isinstance(then, ir.Printf) and not then.stderr):
        return None
    fmt, args = then.fmt, then.args
    if keys:  # (the key's literals the printer wrote into the format taken back out)
        fmt, args = onekey.unfolded(fmt, args, keys) or (fmt, args)
    if len(args) != len(keys) + 1:
        return None
    at = next((i for i, a in enumerate(args) if isinstance(a, ir.AggRead)), 0)
    v = args[at]
    if not (isinstance(v, ir.AggRead) and v.agg == c.lhs.agg and same_literals(v.keys, keys) and not v.args
            and v.func in _STATS and same_literals(args[:at] + args[at + 1:], keys)):
        return None
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(keys) + 1 or "*" in fmt or convs[at].group(1)[-1] not in _INT_CONVS:
        return None
    return v.agg, v.func, fmt, keys, at


def _marks(stmts: list[ir.Stmt]) -> Optional[list[str]]:
    """The globals a D port sets to 1 where a row prints (ir/rundumps.py), when
    `stmts` are those sets alone."""
    marks = [flag_set_of(x) for x in stmts]
    return None if None in marks or len(set(marks)) != len(marks) else marks


def _value_flagged(fmt: str, at: int = 0) -> str:
    """`fmt` with its conversion number `at` (the value's) flagged `%@` (D's printa
    names the value so; the Vue printer drops the flag where it writes the printf)."""
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if at < len(convs):
        m = convs[at]
        return fmt[:m.start()] + "%@" + fmt[m.start() + 1:]
    return fmt


def _only_appends_and(prog: ir.Program, name: str, prints: list[_Print]) -> bool:
    """Whether every use of the list `name` is an append() of one value or is in
    one of its `prints`, and those all print the same statistic (a D aggregation
    holds one)."""
    mine = [p for p in prints if p.agg == name]
    if not mine or len({p.func for p in mine}) != 1 \
            or any(not same_literals(p.keys, mine[0].keys) for p in mine):
        return False
    inside = {id(x) for p in mine for x in ir.walk(p.block[p.at])}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if id(x) in inside:
                continue
            if isinstance(x, ir.AggUpdate) and x.agg == name:
                if not same_literals(x.keys, mine[0].keys) or len(x.args) != 1:
                    return False
            elif isinstance(x, ir.Delete) and x.map == name and x.keys is None:
                continue  # emptied whole (`l = list()`, clear(a)): D's trunc(@a)
            elif getattr(x, "agg", None) == name or getattr(x, "map", None) == name \
                    or name in (getattr(x, "more", None) or []) \
                    or (isinstance(x, (ir.Var, ir.PrintVar)) and getattr(x, "name", None) == name):
                return False
    return True


def without_first_resets(prog: ir.Program) -> ir.Program:
    """`prog` without the `l = list()` statements (Delete of a list without keys) at
    the top of a @@BEGIN clause that come before any append() to the list in the
    script: the list is empty there anyway (BEGIN clauses run first, in order), so
    the statement does nothing. D, which knows an aggregation from its first
    update on, has no statement for it, so a port to D and back drops it: the
    script reads as that port does. A clause left with nothing to do (no
    predicate, no statement) goes too, as it does in that port, unless it is the
    script's only one; its comments go to the clause after it."""
    appended: set[str] = set()
    out = None
    emptied: list[int] = []
    for i, probe in enumerate(prog.probes):
        begin = bool(probe.points) and all(pt.kind == "begin" for pt in probe.points)
        keep = []
        for s in probe.body.stmts:
            if (begin and isinstance(s, ir.Delete) and s.keys is None and s.map not in appended
                    and (g := prog.global_named(s.map)) is not None and g.kind == "agg"):
                continue
            keep.append(s)
            appended |= {x.agg for x in ir.walk(s) if isinstance(x, ir.AggUpdate)}
        if len(keep) != len(probe.body.stmts):
            if out is None:
                out = copy.copy(prog)
                out.probes = list(prog.probes)
            out.probes[i] = copy.copy(probe)
            out.probes[i].body = ir.Block(keep, loc=probe.body.loc)
            if not keep and probe.predicate is None:
                emptied.append(i)
    if out is None:
        return prog
    for i in reversed(emptied):
        if len(out.probes) > 1 and i + 1 < len(out.probes):
            nxt = out.probes[i + 1] = copy.copy(out.probes[i + 1])
            nxt.comments = out.probes[i].comments + nxt.comments
            del out.probes[i]
        elif len(out.probes) > 1 and not out.probes[i].comments:
            del out.probes[i]
    return out
