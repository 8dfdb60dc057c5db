"""D aggregations that are one list's statistics, said in Vue as that one list.

A Vue list keeps count, sum, min, max and avg of what append() adds; a D
aggregation keeps one. The D port of a list read several ways is one
aggregation per statistic, `<list>_<stat>`, updated together with the same value,
emptied together, and printed by one printa() that joins them (ir/statsplit.py):

    @l_count = count(); @l_sum = sum(arg2);
    printa("writes=%@lld bytes=%@lld\\n", @l_count, @l_sum);

Vue cannot print a joined printa (it has no loops), but these aggregations have
no keys: they are the one list `l`, and the printa is the printf of its
statistics, under `if (count(l) > 0)` (printa prints nothing while they are
empty) unless the clause has just appended to it (listfill.py):

    append(l, __arg3);
    printf("writes=%lld bytes=%lld\\n", count(l), sum(l));

Only aggregations that are exactly that are merged: named `<base>_<stat>` with
`base` free, without keys, every update of one beside updates of all the others
with the same value (one that gives the same value each time it is read),
emptied (trunc) only all together, printed only by printa() of them alone.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.anonagg import names_in
from xtrace.ir.statsplit import statistics_globals_merged

from .listfill import filled_at_start, filled_before

_STATS = ("count", "sum", "min", "max", "avg")
_NAME = re.compile(r"(.+)_(count|sum|min|max|avg)\Z")
# Expressions that give the same value each time a clause reads them.
_STEADY = (ir.IntLit, ir.StrLit, ir.Var, ir.Builtin, ir.SyscallVar, ir.ProbeArg)
_CONV = ir.PRINTF_CONVERSION


def merged_statistics(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with each group of per-statistic aggregations of one list
    merged into that list (a 'stats' aggregation named after the group), or
    `prog` itself when there is none."""
    groups = _groups(prog)
    if not groups:
        return prog
    prog = copy.deepcopy(prog)
    member = {name: (base, stat) for base, stats in groups.items() for stat, name in stats.items()}
    prog.globals = statistics_globals_merged(prog.globals, member)
    made: set[int] = set()
    for p in prog.probes:
        p.body = _rewrite_block(p.body, groups, member, made)
    for p in prog.probes:
        # a joined print in a clause that has just appended to its list, or after
        # BEGIN has, needs no guard
        before = filled_before(p.body, filled_at_start(prog, p.points))
        for x in list(ir.walk(p.body)):
            if isinstance(x, ir.Block):
                x.stmts = [s.then if id(s) in made and _guarded_list(s) in before[id(s)][1] else s
                           for s in x.stmts]
    return prog


def _guarded_list(s: ir.If) -> str:
    return s.cond.lhs.agg


def _groups(prog: ir.Program) -> dict[str, dict[str, str]]:
    """base -> {stat: aggregation name}, for the groups that can be merged."""
    cand: dict[str, dict[str, str]] = {}
    for g in prog.globals:
        m = _NAME.match(g.name)
        if m and g.kind == "agg" and g.agg_func == m.group(2) and not g.key_types:
            cand.setdefault(m.group(1), {})[m.group(2)] = g.name
    taken = names_in(prog)
    cand = {b: s for b, s in cand.items()
            if len(s) > 1 and b not in taken and any(st != "count" for st in s)}
    member = {name: (base, stat) for base, stats in cand.items() for stat, name in stats.items()}
    bad: set[str] = set()
    for p in prog.probes:
        _check(p.body, cand, member, bad)
        if p.predicate is not None:
            bad |= {member[a][0] for a in _aggs_in(p.predicate) if a in member}
    return {b: s for b, s in cand.items() if b not in bad}


def _aggs_in(node) -> set[str]:
    out = set()
    for x in ir.walk(node):
        for attr in ("agg", "map"):
            v = getattr(x, attr, None)
            if isinstance(v, str):
                out.add(v)
        out |= set(getattr(x, "more", None) or [])
        if isinstance(x, (ir.Var, ir.PrintVar)):
            out.add(x.name)
    return out


def _check(node: ir.Stmt, groups: dict, member: dict, bad: set[str]) -> None:
    """Mark in `bad` each group some statement under `node` uses other than as merged."""
    if isinstance(node, ir.Block):
        i = 0
        while i < len(node.stmts):
            s = node.stmts[i]
            base = _run_base(s, member)
            if base is not None:
                n = len(groups[base])
                if _run(node.stmts[i:i + n], base, groups[base]) is None:
                    bad.add(base)
                    n = 1  # the statements after it are checked for the other groups
                i += n
                continue
            if isinstance(s, ir.PrintAgg) and (s.agg in member or set(s.more) & set(member)):
                if _print(s, member) is None:
                    bad |= {member[a][0] for a in [s.agg, *s.more] if a in member}
            else:
                _check_inner(s, groups, member, bad)
            i += 1
        return
    _check_inner(node, groups, member, bad)


def _check_inner(s: ir.Stmt, groups: dict, member: dict, bad: set[str]) -> None:
    if isinstance(s, ir.If):
        bad |= {member[a][0] for a in _aggs_in(s.cond) if a in member}
        for arm in (s.then, s.else_):
            if arm is not None:
                _check(arm if isinstance(arm, ir.Block) else ir.Block([arm]), groups, member, bad)
        return
    if isinstance(s, ir.Block):
        _check(s, groups, member, bad)
        return
    # any other statement that names a member (a loop, a clear, an update on its own)
    bad |= {member[a][0] for a in _aggs_in(s) if a in member}


def _run_base(s: ir.Stmt, member: dict) -> Optional[str]:
    """The group whose run of updates or truncations `s` starts, if any."""
    if isinstance(s, (ir.AggUpdate, ir.AggControl)) and s.agg in member:
        return member[s.agg][0]
    return None


def _run(stmts: list[ir.Stmt], base: str, stats: dict[str, str]) -> Optional[ir.Stmt]:
    """The one list statement the run `stmts` is: an append of their one value, or the
    list emptied (trunc of every member); None when it is no such run."""
    names = set(stats.values())
    if len(stmts) != len(names):
        return None
    if all(isinstance(s, ir.AggControl) and s.op == "trunc" and not s.args for s in stmts) \
            and {s.agg for s in stmts} == names:
        return ir.Delete(base, loc=stmts[0].loc)
    if not all(isinstance(s, ir.AggUpdate) and not s.keys for s in stmts) \
            or {s.agg for s in stmts} != names:
        return None
    values = []
    for s in stmts:
        stat = next(st for st, n in stats.items() if n == s.agg)
        if s.func != stat or len(s.args) != (0 if stat == "count" else 1):
            return None
        values += s.args
    if not values or not isinstance(values[0], _STEADY) or any(v != values[0] for v in values):
        return None
    return ir.AggUpdate(base, [], "stats", [values[0]], loc=stmts[0].loc)


def _print(s: ir.PrintAgg, member: dict) -> Optional[tuple[str, list[str]]]:
    """(list, statistics in print order) of a printa() of members of one group alone,
    with a format whose conversions are all its values (`%@`); None otherwise."""
    aggs = [s.agg, *s.more]
    if any(a not in member for a in aggs) or len({member[a][0] for a in aggs}) != 1 \
            or s.keys is not None:
        return None
    if not s.more:
        return (member[s.agg][0], [member[s.agg][1]]) if s.layout in ("dtrace", "format") else None
    if s.layout != "format" or s.fmt is None or "*" in s.fmt:
        return None
    convs = [m for m in _CONV.finditer(s.fmt.replace("%@", "%")) if m.group(1) != "%"]
    if len(convs) != len(aggs) or s.fmt.count("%@") != len(aggs):
        return None
    return member[s.agg][0], [member[a][1] for a in aggs]


def _rewrite_block(b: ir.Block, groups: dict, member: dict, made: set[int]) -> ir.Block:
    """`b` with the groups' runs, prints and nested blocks said of their lists."""
    out: list[ir.Stmt] = []
    i = 0
    while i < len(b.stmts):
        s = b.stmts[i]
        key = _run_base(s, member)
        if key is not None:
            n = len(groups[key])
            out.append(_run(b.stmts[i:i + n], key, groups[key]))
            i += n
            continue
        out.append(_rewrite(s, groups, member, made))
        i += 1
    return ir.Block(out, loc=b.loc)


def _rewrite(s: ir.Stmt, groups: dict, member: dict, made: set[int]) -> ir.Stmt:
    if isinstance(s, ir.Block):
        return _rewrite_block(s, groups, member, made)
    if isinstance(s, ir.If):
        arm = (lambda a: None if a is None else
               _rewrite_block(a if isinstance(a, ir.Block) else ir.Block([a], loc=a.loc),
                              groups, member, made))
        return ir.If(s.cond, arm(s.then), arm(s.else_), loc=s.loc)
    if isinstance(s, ir.PrintAgg) and s.agg in member:
        base, stats = _print(s, member)
        if not s.more:
            return ir.PrintAgg(base, s.layout, fmt=s.fmt, value_func=stats[0], loc=s.loc)
        at = s.loc
        args: list[ir.Expr] = [ir.AggRead(base, [], st, loc=at) for st in stats]
        row = ir.Printf(s.fmt.replace("%@", "%"), args, loc=at)
        guard = ir.If(ir.Binary(">", ir.AggRead(base, [], "count", loc=at), ir.IntLit(0, loc=at),
                                loc=at), row, loc=at)
        made.add(id(guard))
        return guard
    return s
