"""D aggregations with keys that are one stap statistics array's statistics, said
in stap as that array and its row loop.

The D port of a stap statistics array read several ways in a row loop,

    foreach (k+ in t)
        printf("%s %d %d\\n", k, @count(t[k]), @avg(t[k]))

is one aggregation per statistic, `<array>_<stat>`, updated together with the
same keys and value, and printed by one printa() that joins them on their keys
(ir/statsplit.py):

    @t_count[k] = count(); @t_avg[k] = avg(v);
    printa("%s %@d %@d\\n", @t_count, @t_avg);     (aggsortkey)

Back in stap that is the one array `t <<< v` and the loop: every key of the
aggregations is a key of the array (they are updated together), each row's
values its statistics, in printa's order (by the keys, or by the first
statistic, as the loop's `+`/`-` says). Only that shape: the aggregations named
`<base>_<stat>` with `base` free, keyed alike, every update of one beside the
updates of all the others with the same keys and value (values that give the same
each time they are read), and printed only by printa() of them all with a format
that prints every key, in order, before or between their values. Those without
keys are frontends/vue/statmerge.py's, as they are for Vue's lists.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.anonagg import names_in
from xtrace.ir.statsplit import (AUTOPRINT_STATS, AGG_CONVERSION, autoprint_row_format, steady,
                                 statistics_globals_merged)

from xtrace.frontends.vue.listfill import filled_at_start, filled_before

from .print_common import key_var_wants

_NAME = re.compile(r"(.+)_(count|sum|min|max|avg)\Z")


def keyed_statistics_merged(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (D) with each group of per-statistic aggregations of one
    stap statistics array (the module's shape) merged into that array, its printa
    the row loop; `prog` itself when there is none."""
    if prog.lang != "d":
        return prog
    groups = {b: s for b, s in _candidates(prog).items() if _fits(prog, b, s)}
    if not groups:
        return prog
    prog = copy.deepcopy(prog)
    member = {n: (b, st) for b, stats in groups.items() for st, n in stats.items()}
    prog.globals = statistics_globals_merged(prog.globals, member)
    for p in prog.probes:
        taken = names_in(prog)
        for b in [n for n in ir.walk(p.body) if isinstance(n, ir.Block)]:
            b.stmts = _rewritten(b.stmts, groups, member, prog, taken)
    return prog


def _candidates(prog: ir.Program) -> dict[str, dict[str, str]]:
    cand: dict[str, dict[str, str]] = {}
    for g in prog.globals:
        m = _NAME.match(g.name)
        if m and g.kind == "agg" and g.agg_func == m.group(2) and g.key_types:
            cand.setdefault(m.group(1), {})[m.group(2)] = g.name
    taken = names_in(prog)
    return {b: s for b, s in cand.items() if len(s) > 1 and b not in taken
            and len({tuple(prog.global_named(n).key_types) for n in s.values()}) == 1}


def _run(stmts: list[ir.Stmt], stats: dict[str, str]) -> Optional[ir.AggUpdate]:
    """The one `<<<` the updates `stmts` are (as many as the group's members), or None."""
    names = set(stats.values())
    if len(stmts) != len(names) or not all(isinstance(s, ir.AggUpdate) for s in stmts) \
            or {s.agg for s in stmts} != names:
        return None
    values, keys = [], stmts[0].keys
    for s in stmts:
        stat = next(st for st, n in stats.items() if n == s.agg)
        if s.func != stat or len(s.args) != (0 if stat == "count" else 1) or s.keys != keys:
            return None
        values += s.args
    if not all(steady(k) for k in keys) or not values or not steady(values[0]) \
            or any(v != values[0] for v in values):
        return None
    return ir.AggUpdate("", copy.deepcopy(keys), "stats", [values[0]], loc=stmts[0].loc)


def _print(s: ir.PrintAgg, stats: dict[str, str], nkeys: int) -> Optional[list]:
    """The row printa `s` prints of the whole group: the format's conversions in
    order, each a key's index or a statistic; None for any other print."""
    aggs = [s.agg, *s.more]
    if sorted(aggs) != sorted(stats.values()) or s.layout != "format" or s.fmt is None \
            or s.keys is not None or "*" in s.fmt or s.fmt.count("%@") != len(aggs):
        return None
    if s.sort_by not in ("key", "value") or (s.limit is not None and len(aggs) > 1):
        return None
    by_name = {n: st for st, n in stats.items()}
    convs = [m for m in AGG_CONVERSION.finditer(s.fmt) if m.group() != "%%"]
    row: list = []
    key, agg = 0, 0
    for m in convs:
        if "@" in m.group():
            row.append(by_name[aggs[agg]])
            agg += 1
        else:
            row.append(key)
            key += 1
    return row if key == nkeys and agg == len(aggs) else None


def _fits(prog: ir.Program, base: str, stats: dict[str, str]) -> bool:
    """Whether every use of the group's members is a run of updates or its printa."""
    names = set(stats.values())
    nkeys = len(prog.global_named(next(iter(names))).key_types)
    used: set[int] = set()
    for p in prog.probes:
        for b in [n for n in ir.walk(p.body) if isinstance(n, ir.Block)]:
            i = 0
            while i < len(b.stmts):
                s = b.stmts[i]
                if isinstance(s, ir.AggUpdate) and s.agg in names:
                    run = b.stmts[i:i + len(names)]
                    if _run(run, stats) is None:
                        return False
                    used |= {id(x) for x in run}
                    i += len(names)
                    continue
                if isinstance(s, ir.PrintAgg) and (s.agg in names or set(s.more) & names):
                    if _print(s, stats, nkeys) is None:
                        return False
                    used.add(id(s))
                i += 1
    for x in ir.walk(list(ir.program_roots(prog))):
        if id(x) in used:
            continue
        if isinstance(x, (ir.AggUpdate, ir.AggRead, ir.AggControl, ir.PrintAgg, ir.Delete, ir.ForEach,
                          ir.Index, ir.InMap)) and ({getattr(x, "agg", None), getattr(x, "map", None)}
                                                    | set(getattr(x, "more", None) or [])) & names:
            return False
    return bool(used)


def _rewritten(stmts: list[ir.Stmt], groups: dict, member: dict, prog: ir.Program,
               taken: set[str]) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    i = 0
    while i < len(stmts):
        s = stmts[i]
        if isinstance(s, ir.AggUpdate) and s.agg in member:
            base = member[s.agg][0]
            n = len(groups[base])
            up = _run(stmts[i:i + n], groups[base])
            up.agg = base
            out.append(up)
            i += n
            continue
        if isinstance(s, ir.PrintAgg) and s.agg in member:
            out.append(_loop(s, member[s.agg][0], groups[member[s.agg][0]], prog, taken))
        else:
            out.append(s)
        i += 1
    return out


def _plain(fmt: str) -> str:
    return AGG_CONVERSION.sub(lambda m: m.group().replace("@", ""), fmt)


def _loop(s: ir.PrintAgg, base: str, stats: dict[str, str], prog: ir.Program,
          taken: set[str]) -> ir.Stmt:
    """The row loop printa `s` of the group is, over the merged array `base` (or
    stap's auto-print of it, where it prints that)."""
    g = prog.global_named(base)
    types = list(g.key_types)
    if stats_in_order(s, stats) == list(AUTOPRINT_STATS) and s.sort_by == "value" and s.descending \
            and s.limit is None and _plain(s.fmt) == _plain(autoprint_row_format(base, types)):
        # stap's own print of the array at exit (print_autoprint.py says the clause)
        return ir.PrintAgg(base, layout="stap", value_func="count", sort_by="value",
                           descending=True, loc=s.loc)
    lvars = []
    shape = next((n.keys for n in ir.walk([p.body for p in prog.probes])
                  if isinstance(n, ir.AggUpdate) and n.agg == base), None)
    for want in key_var_wants(shape, types) if shape and len(shape) == len(types) else _wants(types):
        name, n = want, 2
        while name in taken or name in lvars:
            name, n = f"{want}{n}", n + 1
        lvars.append(name)
    at = s.loc
    keys = [ir.Var(v, "local", loc=at, type=t) for v, t in zip(lvars, types)]
    row = _print(s, stats, len(types))
    args: list[ir.Expr] = [copy.deepcopy(keys[c]) if isinstance(c, int) else
                           ir.AggRead(base, copy.deepcopy(keys), c, loc=at) for c in row]
    body = ir.Printf(_plain(s.fmt), args, loc=at)
    first = stats_in_order(s, stats)[0]
    return ir.ForEach(base, lvars, body, sort_column=0 if s.sort_by == "value" else 1,
                      descending=s.descending, sort_stat=first,
                      limit=ir.IntLit(s.limit, loc=at) if s.limit is not None else None, loc=at)


def stats_in_order(s: ir.PrintAgg, stats: dict[str, str]) -> list[str]:
    by_name = {n: st for st, n in stats.items()}
    return [by_name[a] for a in [s.agg, *s.more]]


def _wants(types: list) -> list[str]:
    """The loop variables' names a porter writes (print_common.key_var_wants of keys
    that name nothing)."""
    return key_var_wants([ir.IntLit(0) for _ in types], types)


def filled_joined_prints_as_printf(prog: ir.Program) -> ir.Program:
    """`prog` (D) with each printa() of several aggregations without keys, each of one
    statistic, where every one of them holds a value whenever it runs
    (frontends/vue/listfill.py), said as stap's printf of those statistics: printa
    prints their one row, which the printf prints (a stap @min, @max or @avg of an
    empty array would fault where printa prints nothing: not said so there)."""
    if prog.lang != "d":
        return prog
    stats = {g.name: g.agg_func for g in prog.globals if g.kind == "agg" and not g.key_types
             and g.agg_func in ("count", "sum", "min", "max", "avg")}
    found: set[int] = set()
    for p in prog.probes:
        before = filled_before(p.body, filled_at_start(prog, p.points))
        for i, (s, filled) in before.items():
            if isinstance(s, ir.PrintAgg) and s.more and s.keys is None and s.layout == "format" \
                    and s.fmt is not None and s.limit is None \
                    and all(a in stats and a in filled for a in [s.agg, *s.more]) \
                    and _all_values(s.fmt, 1 + len(s.more)):
                found.add(i)
    if not found:
        return prog
    out = copy.deepcopy(prog)
    # (the copy walks in the same order: the same statements, by place)
    marks = {id(y) for x, y in zip(ir.walk([p.body for p in prog.probes]),
                                   ir.walk([p.body for p in out.probes])) if id(x) in found}

    def fn(n):
        if id(n) in marks:
            args = [ir.AggRead(a, [], stats[a], loc=n.loc) for a in [n.agg, *n.more]]
            return ir.Printf(_plain(n.fmt), args, loc=n.loc)
        return n
    for p in out.probes:
        p.body = ir.map_tree(p.body, fn)
    return out


def _all_values(fmt: str, n: int) -> bool:
    """Whether every conversion of printa format `fmt` is one of its n values (`%@`)."""
    convs = [m for m in AGG_CONVERSION.finditer(fmt) if m.group() != "%%"]
    return len(convs) == n and all("@" in m.group() for m in convs)
