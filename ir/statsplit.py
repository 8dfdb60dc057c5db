"""stap statistics read several ways, said as one D aggregation per statistic.

A stap statistics array keeps count, sum, min and max of what `<<<` adds; a D
aggregation keeps one of them. A script that reads several,

    probe vfs.read { bytes[execname()] <<< $count }
    probe end {
        foreach (name+ in bytes)
            printf("%s %d %d\\n", name, @count(bytes[name]), @avg(bytes[name]))
    }

is, in D, one aggregation per statistic read, updated together, and printed by
one printa that joins them on their keys:

    @bytes_count[execname] = count(); @bytes_avg[execname] = avg(arg2);
    printa("%s %@d %@d\\n", @bytes_count, @bytes_avg);

A printf of statistics of arrays without keys (`@count(s), @sum(s)`) is such a
printa too: the aggregations' one row. (Until anything is added, stap prints
@count and @sum as 0 and faults on the others, where printa prints nothing; under
`if (@count(s) > 0)` it prints what printa prints, and is that printa: statguard.py.)

An array that is only ever given one constant (`a[execname()] <<< 1`, stap's
counting idiom) has that constant as its @min, @max and @avg in every row a print
shows: those are written into the printa format as the number, not kept as three
more aggregations (`a["%s"] @count=%@d @min=1 @max=1 @sum=%@d @avg=1`).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from . import nodes as ir
from .keyderived import steady_key
from .mapagg import printed_line
from .statguard import guarded_prints_as_printa

_STATS = ("count", "sum", "min", "max", "avg")
# stap's auto-print of a statistics array: `name[k] @count=.. @min=.. @max=.. @sum=.. @avg=..`.
AUTOPRINT_STATS = ("count", "min", "max", "sum", "avg")
# Expressions that give the same value each time a clause evaluates them.
_STEADY = (ir.IntLit, ir.StrLit, ir.Var, ir.Builtin, ir.SyscallVar, ir.ProbeArg)
_TIMES = {"timestamp", "vtimestamp", "walltimestamp"}
# Reads of a string from memory: the same string when a clause reads it twice.
_STRING_READS = {"kernel_string", "kernel_string_n", "user_string", "user_string_n"}
# A printf or printa conversion, `%%` included (printa's `%@d`, `%-8@d`, `%@8d` ...).
AGG_CONVERSION = re.compile(r"%(?:%|[-+ #0@]*\d*@?(?:\.\d*)?@?(?:hh|h|ll|l|L|j|z|t)?[A-Za-z])")
# The statistics that are the value itself when every value added is one constant.
_CONSTANT_STATS = ("min", "max", "avg")


def statistics_globals_merged(globals_: list[ir.Global], member: dict[str, tuple[str, str]],
                               key_types: bool = True) -> list[ir.Global]:
    """`globals_` with each group of per-statistic aggregations (`member`: an
    aggregation's name -> its group's name and statistic) one 'stats' aggregation
    named after the group, where the group's first aggregation was (the way back
    from split_statistics); with the first's key types when `key_types`."""
    out, placed = [], set()
    for g in globals_:
        if g.name not in member:
            out.append(g)
        elif member[g.name][0] not in placed:
            placed.add(member[g.name][0])
            out.append(ir.Global(member[g.name][0], "agg", agg_func="stats", loc=g.loc,
                                 key_types=copy.deepcopy(g.key_types) if key_types else None,
                                 comment=g.comment))
    return out


def split_statistics(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with each statistics array read as several statistics split
    into one aggregation per statistic, and the prints of statistics said as printa
    of those aggregations (PrintAgg). Arrays it cannot split stay as they were."""
    prog = _ones_as_counts(guarded_prints_as_printa(prog))
    plans = _Plans()
    unkeyed = _unkeyed_printed(prog)
    for g in prog.globals:
        if g.kind == "agg" and g.agg_func in ("stats", None):
            stats = _stats_read(prog, g.name)
            if (len(stats) > 1 or _looped(prog, g.name)) and _splittable(prog, g.name, stats):
                const = _constant_value(prog, g.name)
                if const is not None and g.name not in unkeyed:
                    plans.constants[g.name] = const
                    alone = _printed_alone(prog, g.name)  # a printa of that statistic only
                    stats = [st for i, st in enumerate(stats)
                             if i == 0 or st not in _CONSTANT_STATS or st in alone]
                plans[g.name] = stats
                plans.key_types[g.name] = _key_types(prog, g.name) or []
    if not plans and not _unkeyed_printfs(prog):
        return prog
    prog = copy.deepcopy(prog)
    for g in prog.globals:
        # A statistics array read one way is that aggregation: said here, since a
        # printa of several aggregations names only the first one's statistic.
        if g.kind == "agg" and g.agg_func in ("stats", None) and g.name not in plans:
            stats = _stats_read(prog, g.name)
            if len(stats) == 1 and stats[0] in _STATS:
                g.agg_func = stats[0]
    for name, stats in plans.items():
        i = next(i for i, g in enumerate(prog.globals) if g.name == name)
        g = prog.globals[i]
        prog.globals[i:i + 1] = [dataclasses.replace(g, name=_part(name, s), agg_func=s)
                                 for s in stats]
    for p in prog.probes:
        p.body = _block(p.body, plans)
    for name, stats in plans.items():
        if len(stats) == 1:  # one statistic: the aggregation keeps the array's name
            _rename(prog, _part(name, stats[0]), name)
    return prog


def autoprint_row_format(name: str, key_types: list) -> str:
    """stap's auto-print row of statistics array `name` as the printa format of its
    five statistics' aggregations, in that order (the stap printer reads it back)."""
    keys = ",".join('"%s"' if t.is_str else "%d" for t in key_types)
    head = f"{name}[{keys}]" if keys else name
    return head + "".join(f" @{st}=%@d" for st in AUTOPRINT_STATS) + "\n"


def _looped(prog: ir.Program, name: str) -> bool:
    return any(isinstance(n, ir.ForEach) and n.map == name for n in ir.walk([p.body for p in prog.probes]))


def _rename(prog: ir.Program, old: str, new: str) -> None:
    for g in prog.globals:
        if g.name == old:
            g.name = new
    for n in ir.walk([p.body for p in prog.probes]):
        if isinstance(n, (ir.AggUpdate, ir.AggRead)) and n.agg == old:
            n.agg = new
        elif isinstance(n, ir.PrintAgg):
            n.agg = new if n.agg == old else n.agg
            n.more = [new if m == old else m for m in n.more]
        elif isinstance(n, ir.Delete) and n.map == old:
            n.map = new


def _ones_as_counts(prog: ir.Program) -> ir.Program:
    """An array that only ever has 1 added to it (`calls[k] <<< 1`, stap's counting
    idiom) has @sum equal to @count: its sum reads are count reads, so a loop that
    prints @sum sorted by the default @count is one statistic."""
    nodes = list(ir.walk([p.body for p in prog.probes]))
    names = set()
    for g in prog.globals:
        if g.kind == "agg" and g.agg_func in ("stats", None):
            ups = [n for n in nodes if isinstance(n, ir.AggUpdate) and n.agg == g.name]
            if ups and all(u.func == "stats" and len(u.args) == 1 and isinstance(u.args[0], ir.IntLit)
                           and u.args[0].value == 1 for u in ups):
                names.add(g.name)
    reads = [n for n in nodes if isinstance(n, ir.AggRead) and n.agg in names and n.func == "sum"]
    loops = [n for n in nodes if isinstance(n, ir.ForEach) and n.map in names and n.sort_stat == "sum"]
    if not reads and not loops:
        return prog
    prog = copy.deepcopy(prog)
    for n in ir.walk([p.body for p in prog.probes]):
        if isinstance(n, ir.AggRead) and n.agg in names and n.func == "sum":
            n.func = "count"
        elif isinstance(n, ir.ForEach) and n.map in names and n.sort_stat == "sum":
            n.sort_stat = "count"
    return prog


class _Plans(dict):
    """Array name -> the statistics it is split into; `key_types` its keys' types."""

    def __init__(self) -> None:
        super().__init__()
        self.key_types: dict[str, list] = {}
        # array -> the one constant it is given, whose @min, @max, @avg are printed as it
        self.constants: dict[str, int] = {}


def _constant_value(prog: ir.Program, name: str) -> Optional[int]:
    """The integer every update of statistics array `name` adds, if it is one constant."""
    ups = [u for u in ir.walk([p.body for p in prog.probes])
           if isinstance(u, ir.AggUpdate) and u.agg == name]
    if any(u.func != "stats" or len(u.args) != 1 or not isinstance(u.args[0], ir.IntLit)
           for u in ups):
        return None
    values = {u.args[0].value for u in ups}
    return values.pop() if len(values) == 1 else None


def _printed_alone(prog: ir.Program, name: str) -> set[str]:
    """The statistics of `name` that a print of one statistic shows (an aggregation
    of their own is what it prints)."""
    return {n.value_func for n in ir.walk([p.body for p in prog.probes])
            if isinstance(n, ir.PrintAgg) and n.agg == name and n.layout == "format"}


def _unkeyed_printed(prog: ir.Program) -> set[str]:
    """Arrays whose statistics a printf prints as printa's row (see _split_point)."""
    return {r.agg for n in ir.walk([p.body for p in prog.probes]) if isinstance(n, ir.Printf)
            for r in (_unkeyed_row(n) or [])}


def _with_literals(fmt: str, stats: list[str], plan: list[str], const: int) -> str:
    """A printa format whose %@ conversions print `stats` in order, with those of the
    statistics not in `plan` (a constant array's @min, @max, @avg) written as the
    constant, formatted by their conversion."""
    convs = [m for m in AGG_CONVERSION.finditer(fmt) if "@" in m.group()]
    for c, st in reversed(list(zip(convs, stats))):
        if st in plan:
            continue
        spec = c.group().replace("@", "")
        text = spec % const if spec[-1] in "di" else str(const)
        fmt = fmt[:c.start()] + text.replace("%", "%%") + fmt[c.end():]
    return fmt


def _part(name: str, stat: str) -> str:
    return f"{name}_{stat}"


def _stats_read(prog: ir.Program, name: str) -> list[str]:
    """The statistics of `name` the program reads, in the order it first reads them."""
    out: list[str] = []
    for n in ir.walk([p.body for p in prog.probes] + [p.predicate for p in prog.probes]):
        stat = None
        if isinstance(n, ir.AggRead) and n.agg == name:
            stat = n.func
        elif isinstance(n, ir.PrintAgg) and n.agg == name and n.layout == "format":
            stat = n.value_func
        elif isinstance(n, ir.PrintAgg) and n.agg == name and n.layout == "stap":
            out += [st for st in AUTOPRINT_STATS if st not in out]
        elif isinstance(n, ir.ForEach) and n.map == name and n.sort_column == 0:
            stat = n.sort_stat
        if stat is not None and stat not in out:
            out.append(stat)
    return out


def _splittable(prog: ir.Program, name: str, stats: list[str]) -> bool:
    """Whether every use of `name` has a form with one aggregation per statistic."""
    if any(s not in _STATS for s in stats):
        return False
    if any(prog.global_named(_part(name, s)) for s in stats):
        return False
    nodes = list(ir.walk([p.body for p in prog.probes]
                         + [p.predicate for p in prog.probes if p.predicate is not None]))
    loops = [n for n in nodes if isinstance(n, ir.ForEach) and n.map == name]
    inside = {id(x) for f in loops for x in ir.walk(f.body)}
    printfs = {id(x) for x in nodes if isinstance(x, ir.Printf) and _unkeyed_row(x) is not None}
    printf_reads = {id(a) for x in nodes if id(x) in printfs for a in x.args}
    for f in loops:
        if _loop_row(f) is None:
            return False
    for n in nodes:
        if id(n) in inside:
            continue
        if isinstance(n, ir.AggUpdate) and n.agg == name:
            if n.func != "stats" or not all(steady_key(prog, k, steady) for k in n.keys):
                return False
        elif isinstance(n, ir.AggRead) and n.agg == name:
            if id(n) not in printf_reads:
                return False
        elif isinstance(n, ir.PrintAgg) and n.agg == name:
            if n.more or n.keys is not None or n.layout not in ("format", "stap") or (
                    n.layout == "stap" and _key_types(prog, name) is None):
                return False
        elif isinstance(n, ir.Delete) and n.map == name:
            if n.keys is not None:
                return False
        elif getattr(n, "map", None) == name or getattr(n, "agg", None) == name:
            if not isinstance(n, ir.ForEach):
                return False  # membership, or another read
    return True


def _key_types(prog: ir.Program, name: str) -> Optional[list]:
    """The types of an aggregation's keys, from its declaration or an update."""
    g = prog.global_named(name)
    if g is not None and g.key_types is not None:
        return g.key_types
    for n in ir.walk([p.body for p in prog.probes]):
        if isinstance(n, ir.AggUpdate) and n.agg == name and all(k.type is not None for k in n.keys):
            return [k.type for k in n.keys]
    return None


def steady(e: ir.Expr) -> bool:
    """An expression that gives the same value when evaluated twice in a clause."""
    if isinstance(e, ir.Builtin) and e.name in _TIMES:
        return False
    if isinstance(e, _STEADY):
        return True
    if isinstance(e, ir.Binary):
        return steady(e.lhs) and steady(e.rhs)
    if isinstance(e, (ir.Unary, ir.Cast)):
        return steady(e.operand)
    if isinstance(e, ir.Call) and e.name in _STRING_READS:
        return all(steady(a) for a in e.args)
    if isinstance(e, ir.KernelMember):
        return steady(e.base)
    if isinstance(e, ir.Translated):  # D's args[1]->pr_fname: a read of the probe's argument
        return steady(e.value)
    return False


def _split_point(s: ir.Printf) -> Optional[int]:
    """Where a printf's statistics begin, when it prints plain values first and then
    nothing but statistics of arrays without keys (and `%%`): the number of plain
    arguments, which a printf prints before printa prints the aggregations' row."""
    if s.stderr or ir.has_star_conversion(s.fmt):
        return None
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group() != "%%"]
    if len(convs) != len(s.args):
        return None
    stats = [isinstance(a, ir.AggRead) and not a.keys and not a.args and a.func in _STATS
             for a in s.args]
    n = stats.index(True) if True in stats else len(stats)
    if n == len(stats) or not all(stats[n:]):
        return None
    if any(isinstance(x, ir.AggRead) for a in s.args[:n] for x in ir.walk(a)):
        return None
    return n


def _unkeyed_row(s: ir.Printf) -> Optional[list[ir.AggRead]]:
    """The statistics a printf prints in its printa part (see _split_point)."""
    n = _split_point(s)
    return None if n is None else s.args[n:]


def _unkeyed_printfs(prog: ir.Program) -> bool:
    return any(isinstance(n, ir.Printf) and _unkeyed_row(n) is not None
               for n in ir.walk([p.body for p in prog.probes]))


def _loop_row(f: ir.ForEach) -> Optional[tuple[str, list[str]]]:
    """(printa format, the statistics in print order) of a foreach over statistics
    that only prints each element's keys in order and statistics of the element;
    None for any other loop, or one printa cannot order or cut as the loop does."""
    line = printed_line(f)
    if line is None:
        return None
    fmt, args, convs = line
    keys, stats, at = [], [], []
    for i, a in enumerate(args):
        if isinstance(a, ir.Var) and a.scope == "local" and a.name in f.keys:
            keys.append(a.name)
        elif (isinstance(a, ir.AggRead) and a.agg == f.map and a.func in _STATS and not a.args
              and [k.name if isinstance(k, ir.Var) and k.scope == "local" else None
                   for k in a.keys] == f.keys):
            stats.append(a.func)
            at.append(i)
        else:
            return None
    if not stats or not (keys == f.keys or (keys and keys == f.keys[:len(keys)]
                                             and f.sort_column in (None, 0))):
        return None  # the keys in order, all or (printa need not print all) the first
    if f.sort_column not in (None, 0, 1):
        return None
    if f.sort_column == 0 and stats[0] != f.sort_stat:
        return None  # printa sorts on its first aggregation
    if f.limit is not None and (len(stats) > 1 or not isinstance(f.limit, ir.IntLit)):
        return None  # trunc() of one aggregation leaves the others' rows
    for i in reversed(at):
        c = convs[i]
        fmt = fmt[:c.start()] + "%@" + fmt[c.start() + 1:]
    return fmt, stats


def _block(s: ir.Stmt, plans: dict) -> ir.Stmt:
    """`s` with the split arrays' statements rewritten (lists of statements spliced)."""
    if isinstance(s, ir.Block):
        out: list[ir.Stmt] = []
        for x in s.stmts:
            out += _stmt(x, plans)
        return dataclasses.replace(s, stmts=out)
    rewritten = _stmt(s, plans)
    if len(rewritten) == 1:
        return rewritten[0]
    return ir.Block(rewritten, loc=s.loc)


def _stmt(s: ir.Stmt, plans: dict) -> list[ir.Stmt]:
    if isinstance(s, ir.If):
        return [dataclasses.replace(s, then=_block(s.then, plans),
                                    else_=_block(s.else_, plans) if s.else_ is not None else None)]
    if isinstance(s, (ir.While, ir.Try)):
        changes = {f.name: _block(getattr(s, f.name), plans) for f in dataclasses.fields(s)
                   if isinstance(getattr(s, f.name), ir.Stmt)}
        return [dataclasses.replace(s, **changes)]
    if isinstance(s, ir.Block):
        return [_block(s, plans)]
    if isinstance(s, ir.AggUpdate) and s.agg in plans:
        return _updates(s, plans[s.agg])
    if isinstance(s, ir.Delete) and s.map in plans:
        return [ir.Delete(_part(s.map, st), loc=s.loc) for st in plans[s.map]]
    if isinstance(s, ir.PrintAgg) and s.agg in plans and s.layout == "stap":
        names = [_part(s.agg, st) for st in AUTOPRINT_STATS if st in plans[s.agg]]
        fmt = autoprint_row_format(s.agg, plans.key_types[s.agg])
        if s.agg in plans.constants:
            fmt = _with_literals(fmt, list(AUTOPRINT_STATS), plans[s.agg], plans.constants[s.agg])
        return [ir.PrintAgg(names[0], layout="format", fmt=fmt, value_func="count",
                            sort_by=s.sort_by, descending=s.descending, more=names[1:], loc=s.loc)]
    if isinstance(s, ir.PrintAgg) and s.agg in plans:
        return [dataclasses.replace(s, agg=_part(s.agg, s.value_func))]
    if isinstance(s, ir.ForEach) and s.map in plans:
        fmt, stats = _loop_row(s)
        if s.map in plans.constants:
            fmt = _with_literals(fmt, stats, plans[s.map], plans.constants[s.map])
            stats = [st for st in stats if st in plans[s.map]]
        names = [_part(s.map, st) for st in stats]
        return [ir.PrintAgg(names[0], layout="format", fmt=fmt, value_func=stats[0],
                            sort_by="value" if s.sort_column == 0 else "key",
                            descending=s.descending and s.sort_column is not None,
                            limit=s.limit.value if s.limit is not None else None,
                            more=names[1:], loc=s.loc)]
    if isinstance(s, ir.Printf):
        n = _split_point(s)
        if n is not None:
            reads = s.args[n:]
            convs = [m for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group() != "%%"]
            # The plain values and the text up to the first statistic's conversion
            # are a printf; the rest of the line is printa's row.
            cut = convs[n].start() if n else 0
            fmt = s.fmt[cut:]
            for c in reversed(convs[n:]):
                fmt = fmt[:c.start() - cut] + "%@" + fmt[c.start() - cut + 1:]
            names = [_part(r.agg, r.func) if r.agg in plans else r.agg for r in reads]
            out: list[ir.Stmt] = [ir.Printf(s.fmt[:cut], s.args[:n], loc=s.loc)] if cut else []
            return out + [ir.PrintAgg(names[0], layout="format", fmt=fmt, value_func=reads[0].func,
                                      more=names[1:], loc=s.loc)]
    return [s]


def _updates(s: ir.AggUpdate, stats: list[str]) -> list[ir.Stmt]:
    """One update per statistic; a value several of them take, if it could change
    between two evaluations, is computed once into a clause-local first."""
    value = s.args[0]
    out: list[ir.Stmt] = []
    if sum(st != "count" for st in stats) > 1 and not steady(value):
        tmp = ir.Var(f"{s.agg}_value", scope="local", loc=value.loc, type=value.type)
        out.append(ir.ExprStmt(ir.Assign(tmp, "=", value, loc=value.loc, type=value.type),
                               loc=s.loc))
        value = tmp
    for st in stats:
        out.append(ir.AggUpdate(_part(s.agg, st), s.keys, st, [] if st == "count" else [value],
                                loc=s.loc))
    return out
