"""The D port's print of a counted Vue array, read back as Vue's print(a).

A Vue array only counted (`a[k]++`) or summed (`a[k] += v`) is a D aggregation
in the D port (ir.mapagg), and its print(a) is the header's printf and a printa
in Vue's row layout, sorted as the print asked (aggsortkey / aggsortrev, as
#pragma or setopt() right before it; the first N rows by value: trunc(@a, N)):

    printf("%-32s | value\\n", "[key]");
    setopt("aggsortkey");
    printa("%-32s | %@d\\n", @a);

An aggregation updated only with count() / sum() of one key and printed only
that way (or emptied whole with trunc(@a)) is the Vue array again: the updates
`++` / `+=`, the prints print(a, N, FLAGS), trunc(@a) clear(a).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.vueprintloops import HEADER_FMT, HEADER_ARG
from xtrace.runtime import doptval
from xtrace.runtime.aggprint import option_on
from xtrace.runtime.vueprint import KEY_WIDTH, layout_with

_ROW_FORMATS = (f"%-{KEY_WIDTH}s | %d\n", f"%-{KEY_WIDTH}d | %d\n",
                f"%-{KEY_WIDTH}s | %@d\n", f"%-{KEY_WIDTH}d | %@d\n")
_SORT_OPTIONS = ("aggsortkey", "aggsortrev")


def printas_as_vue_prints(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (a D program) whose aggregations printed only in Vue's
    print(a) layout are Vue arrays printed by print(a); `prog` itself when none is."""
    names = [g.name for g in prog.globals if g.kind == "agg" and g.agg_func in ("count", "sum")
             and _convertible(prog, g.name)]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for g in prog.globals:
        if g.name in names:
            g.kind, g.agg_func = "map", None
    for p in prog.probes:
        for b in (x for x in ir.walk(p.body) if isinstance(x, ir.Block)):
            b.stmts = _rewritten(prog, b.stmts, names)
    if not any(isinstance(x, ir.PrintAgg) for x in ir.walk([p.body for p in prog.probes])):
        # the options only sorted the prints now said by print(a, N, FLAGS)
        prog.options = {k: v for k, v in (prog.options or {}).items() if k not in _SORT_OPTIONS}
    return prog


def _pattern(prog: ir.Program, stmts: list[ir.Stmt], i: int) -> Optional[tuple[ir.PrintAgg, int, str]]:
    """(the PrintAgg, the statements from the header to it, its Vue layout) of the
    print starting at stmts[i], or None."""
    s = stmts[i]
    if not (isinstance(s, ir.Printf) and s.fmt == HEADER_FMT and len(s.args) == 1
            and isinstance(s.args[0], ir.StrLit) and s.args[0].value == HEADER_ARG):
        return None
    opts = {k: (prog.options or {}).get(k) for k in _SORT_OPTIONS}
    j, trunc = i + 1, None
    while j < len(stmts) and isinstance(stmts[j], ir.SetOpt) and stmts[j].name in _SORT_OPTIONS:
        if not doptval.valid(stmts[j].value):
            return None  # dtrace refuses it and keeps the option as it was
        opts[stmts[j].name] = stmts[j].value if stmts[j].value is not None else True
        j += 1
    if j < len(stmts) and isinstance(stmts[j], ir.AggControl) and stmts[j].op == "trunc" \
            and len(stmts[j].args) == 1 and isinstance(stmts[j].args[0], ir.IntLit):
        trunc = stmts[j]
        j += 1
    if j >= len(stmts):
        return None
    pa = stmts[j]
    if not (isinstance(pa, ir.PrintAgg) and pa.layout == "format" and pa.fmt in _ROW_FORMATS
            and not pa.more and pa.keys is None and pa.limit is None
            and (trunc is None or trunc.agg == pa.agg)):
        return None
    by_key = option_on(opts["aggsortkey"]) or pa.sort_by == "key"
    desc = option_on(opts["aggsortrev"]) or pa.descending
    count = 0
    if trunc is not None:
        n = trunc.args[0].value
        # trunc keeps the largest values (n > 0) or the smallest: the first rows by value
        if by_key or n == 0 or (n > 0) != desc:
            return None
        count = abs(n)
    layout = layout_with("vue", count, "key" if by_key else "value", "desc" if desc else "asc")
    return pa, j + 1 - i, layout


def _convertible(prog: ir.Program, name: str) -> bool:
    """Every use of the aggregation `name` is a count()/sum() of one key, a print
    in Vue's layout, or emptying it whole."""
    in_pattern: set[int] = set()
    for p in prog.probes:
        for b in (x for x in ir.walk(p.body) if isinstance(x, ir.Block)):
            for i in range(len(b.stmts)):
                m = _pattern(prog, b.stmts, i)
                if m is not None and m[0].agg == name:
                    in_pattern |= {id(x) for x in b.stmts[i:i + m[1]]}
    used = False
    for x in ir.walk([p.body for p in prog.probes] + [p.predicate for p in prog.probes]):
        if isinstance(x, ir.AggUpdate) and x.agg == name:
            if len(x.keys) != 1 or x.func not in ("count", "sum") \
                    or len(x.args) != (0 if x.func == "count" else 1):
                return False
        elif isinstance(x, ir.PrintAgg) and name in (x.agg, *x.more):
            if id(x) not in in_pattern:
                return False
            used = True
        elif isinstance(x, ir.AggControl) and x.agg == name:
            if id(x) not in in_pattern and not (x.op == "trunc" and not x.args):
                return False
        elif getattr(x, "agg", None) == name or getattr(x, "map", None) == name:
            return False
    return used


def _rewritten(prog: ir.Program, stmts: list[ir.Stmt], names: list[str]) -> list[ir.Stmt]:
    out, i = [], 0
    while i < len(stmts):
        m = _pattern(prog, stmts, i)
        if m is not None and m[0].agg in names:
            out.append(ir.PrintVar(m[0].agg, layout=m[2], loc=stmts[i].loc))
            i += m[1]
            continue
        out.append(_as_map_stmt(stmts[i], names))
        i += 1
    return out


def _as_map_stmt(s: ir.Stmt, names: list[str]) -> ir.Stmt:
    if isinstance(s, ir.AggUpdate) and s.agg in names:
        target = ir.Index(s.agg, s.keys, loc=s.loc)
        if s.func == "count":
            return ir.ExprStmt(ir.IncDec(target, "++", False, loc=s.loc), loc=s.loc)
        return ir.ExprStmt(ir.Assign(target, "+=", s.args[0], loc=s.loc), loc=s.loc)
    if isinstance(s, ir.AggControl) and s.agg in names:
        return ir.Delete(s.agg, loc=s.loc)
    return s
