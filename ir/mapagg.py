"""stap's counting arrays said as aggregations, for D.

The stap idiom `counts[execname()]++` (or `+= n`) has no D form as an
associative array when the array is printed: D cannot walk an array. But an
array that is only ever added to is exactly a D aggregation,
`@counts[execname] = count()` (`sum(n)`), and the ways stap prints it are
printa()s of that aggregation:

- stap's end-of-run auto-print (`counts["k",1]=v` rows, largest value first)
  is a printa with that row format under aggsortrev;
- a loop that only prints each element's keys (in order) and its value,

      foreach ([k1, k2] in counts- limit 10)
          printf("%s %d %d\\n", k1, k2, counts[k1, k2])

  is `printa("%s %d %@d\\n", @counts)` sorted by value (a key sort is
  aggsortkey; `limit N` keeps the N rows printa shows with trunc(@counts, N)).

An array only ever set to one constant (`seen[k] = 1`) is a set: printed by
its keys alone, it is a count() aggregation whose value is never shown.

An array each of whose elements is stored once (`a["one"] = 1; a["two"] = 2` in a
begin probe: constant keys, none twice, integer literals, no store in a loop) holds
what a sum() of the same values holds, `@a["one"] = sum(1)`; printed sorted by
value, only where the elements of equal value were stored in key order (printa breaks
a tie by key, stap by the order the elements came in: ties_in_key_order).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Callable, Optional

from . import nodes as ir


def counting_maps_as_aggs(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose only-summed arrays, printed by stap's auto-print or by
    row-printing foreach loops, are aggregations."""
    names = [g.name for g in prog.globals if g.kind == "map" and _aggregation_like(prog, g.name)]
    if not names:
        return prog
    once = {name for name in names if _stored_once(prog, name) is not None}
    prog = copy.deepcopy(prog)
    for name in names:
        g = prog.global_named(name)
        updates = [u for u in (_update_of(s, name) for s in _all_stmts(prog)) if u is not None]
        func = "sum" if name in once or any(kind == "sum" for _, kind, _ in updates) else "count"
        g.kind, g.agg_func = "agg", func
        nkeys = max((len(u[0].keys) for u in updates), default=1)
        types = g.key_types or [u[0].keys[0].type for u in updates if len(u[0].keys) == 1][:1]
        rewrite = lambda s, name=name, func=func, nkeys=nkeys, types=types: \
            _rewrite(s, name, func, nkeys, types)
        for p in prog.probes:
            p.body = _unspliced(_map_stmts(p.body, rewrite))
    return prog


@dataclasses.dataclass
class _Spliced(ir.Block):
    """Statements that take one statement's place in its block."""


def _unspliced(s):
    """`s` with each _Spliced's statements in its place in the enclosing block."""
    if isinstance(s, ir.Block):
        out = []
        for x in s.stmts:
            x = _unspliced(x)
            out += x.stmts if isinstance(x, _Spliced) else [x]
        return dataclasses.replace(s, stmts=out)
    if not isinstance(s, ir.Stmt):
        return s
    changes = {f.name: _unspliced(getattr(s, f.name)) for f in dataclasses.fields(s)
               if isinstance(getattr(s, f.name), ir.Stmt)}
    return dataclasses.replace(s, **changes) if changes else s


def _update_of(s: ir.Stmt, name: str) -> Optional[tuple[ir.Index, str, Optional[ir.Expr]]]:
    """(target, 'count'|'sum'|'set', the amount) when `s` is a statement that only
    adds to `name` (or, 'set', stores a constant in it)."""
    if not isinstance(s, ir.ExprStmt):
        return None
    e = s.expr
    if isinstance(e, ir.IncDec) and isinstance(e.target, ir.Index) and e.target.map == name:
        if e.op == "++":
            return e.target, "count", None
        return e.target, "sum", ir.IntLit(-1, loc=e.loc)
    if (isinstance(e, ir.Assign) and isinstance(e.target, ir.Index) and e.target.map == name
            and e.op in ("+=", "-=")):
        amount = e.value if e.op == "+=" else ir.Unary("-", e.value, loc=e.value.loc, type=e.value.type)
        if isinstance(e.value, ir.IntLit) and e.op == "-=":
            amount = ir.IntLit(-e.value.value, loc=e.value.loc, type=e.value.type)  # sum(-40)
        return e.target, "sum", amount
    if (isinstance(e, ir.Assign) and isinstance(e.target, ir.Index) and e.target.map == name
            and e.op == "=" and isinstance(e.value, ir.IntLit)):
        return e.target, "set", e.value
    return None


def _all_stmts(prog: ir.Program) -> list[ir.Stmt]:
    out = []
    for body in [p.body for p in prog.probes] + [f.body for f in prog.functions]:
        out += [n for n in ir.walk(body) if isinstance(n, ir.Stmt)]
    return out


@dataclasses.dataclass
class _Row:
    """What a row-printing foreach prints: its printa format (keys in order, the
    value's conversion flagged '@' unless it comes last) and whether the value shows."""

    fmt: str
    value_shown: bool
    value_refs: list[ir.Index]


def printed_line(f: ir.ForEach) -> Optional[tuple[str, list[ir.Expr], list[re.Match]]]:
    """(format, arguments, their conversions) of a foreach body that only printfs
    to stdout, its printfs joined; None for any other body (or a `*` width)."""
    stmts = f.body.stmts if isinstance(f.body, ir.Block) else [f.body]
    if not stmts or not all(isinstance(s, ir.Printf) and not s.stderr for s in stmts):
        return None
    fmt = "".join(s.fmt for s in stmts)
    args = [a for s in stmts for a in s.args]
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group() != "%%"]
    if len(convs) != len(args) or ir.has_star_conversion(fmt):
        return None
    return fmt, args, convs


def row_print(f: ir.ForEach) -> Optional[_Row]:
    """The row a foreach prints, when its body only prints the element's keys (all
    of them, in order) and at most once its value; None for any other body."""
    line = printed_line(f)
    if line is None:
        return None
    fmt, args, convs = line
    keys, value_at, refs = [], None, []
    for i, a in enumerate(args):
        if isinstance(a, ir.Var) and a.scope == "local" and a.name in f.keys and a.name != f.value:
            keys.append(a.name)
        elif _is_value(a, f):
            if value_at is not None:
                return None
            value_at = i
            if isinstance(a, ir.Index):
                refs.append(a)
        else:
            return None
    if not _printed_keys_ok(keys, f, value_at is not None):
        return None
    if value_at is not None and (value_at != len(args) - 1 or len(keys) < len(f.keys)):
        c = convs[value_at]
        fmt = fmt[:c.start()] + "%@" + fmt[c.start() + 1:]
    return _Row(fmt, value_at is not None, refs)


def _printed_keys_ok(keys: list[str], f: ir.ForEach, value_shown: bool) -> bool:
    """The row prints the loop's keys in order: all of them, or (printa need not print
    every key) the first ones and the value, in a loop sorted by value or not at all
    (the other arguments are the element's value, so the unprinted keys show nowhere;
    a row of keys alone would be the `%@`-less printa layout, which prints them all)."""
    if keys == f.keys:
        return True
    return (value_shown and bool(keys) and keys == f.keys[:len(keys)]
            and f.sort_column in (None, 0))


def _is_value(a: ir.Expr, f: ir.ForEach) -> bool:
    """`a` is the element's value: the loop's value variable or `map[k1, .., kn]`."""
    if isinstance(a, ir.Var) and a.scope == "local" and f.value is not None and a.name == f.value:
        return True
    return (isinstance(a, ir.Index) and a.map == f.map and len(a.keys) == len(f.keys)
            and all(isinstance(k, ir.Var) and k.scope == "local" and k.name == n
                    for k, n in zip(a.keys, f.keys)))


def _aggregation_like(prog: ir.Program, name: str) -> bool:
    """Whether `name` is only added to (or only set to one constant) and otherwise
    only printed: by stap's auto-print, by row-printing foreach loops, or emptied
    whole by `delete`."""
    g = prog.global_named(name)
    if g.type is not None and not g.type.is_int:
        return False
    updates = [u for u in (_update_of(s, name) for s in _all_stmts(prog)) if u is not None]
    kinds = {kind for _, kind, _ in updates}
    values = _stored_once(prog, name)
    if values is not None:
        kinds = {"sum"}   # each element's one value: a sum() of it
    if not updates or ("set" in kinds and (len(kinds) > 1 or len(
            {u[2].value for u in updates}) > 1)):
        return False
    allowed = {id(u[0]) for u in updates}
    printed = False
    bodies = ([p.body for p in prog.probes] + [f.body for f in prog.functions]
              + [p.predicate for p in prog.probes if p.predicate is not None])
    loops = [n for n in ir.walk(bodies) if isinstance(n, ir.ForEach) and n.map == name]
    for f in loops:
        row = row_print(f)
        if row is None or not _order_kept(f, row, "set" in kinds) or not _limit_kept(prog, f, name):
            return False
        if values is not None and f.sort_column == 0 and len(set(values)) < len(values) and (
                f.limit is not None or not ties_in_key_order(prog, name, f.descending)):
            # a tie printa orders by key otherwise than stap (as stored), or one that
            # trunc() may cut elsewhere than stap's limit
            return False
        allowed |= {id(r) for r in row.value_refs}
        printed = True
    looped = {id(n) for f in loops for n in ir.walk(f.body)}
    for n in ir.walk(bodies):
        if id(n) in looped or isinstance(n, ir.ForEach):
            continue
        if isinstance(n, ir.PrintVar) and n.name == name:
            if "set" in kinds or not (n.layout == "stap" or _vue_printable(n)):
                return False
            printed = True
        elif isinstance(n, ir.Index) and n.map == name:
            if id(n) not in allowed:
                return False
        elif isinstance(n, ir.Delete) and n.map == name:
            if n.keys is not None:
                return False  # D cannot take one element out of an aggregation
        elif getattr(n, "map", None) == name or getattr(n, "agg", None) == name:
            return False  # membership, or another read: the array is read
    return printed


def _vue_printable(s: ir.PrintVar) -> bool:
    """Vue's print(a) of plain values: a printa of the aggregation with the header's
    printf before it prints it (`vue_print_as_printa`), or the D printer says why not
    (several keys, the first rows by key, a limit before more prints)."""
    from .vueprintloops import is_vue_map_print
    from xtrace.runtime.vueprint import layout_kinds
    return is_vue_map_print(s) and layout_kinds(s.layout) == ("", "-")


def vue_print_as_printa(s: ir.PrintVar, func: str, nkeys: int,
                        key_types: Optional[list] = None) -> Optional[list[ir.Stmt]]:
    """Vue's print(a) of a counted or summed array of one key: the header's printf,
    then printa("%-32s | %@d\\n", @a) sorted as the print asks (the D printer adds
    the sort options and trunc()); None for several keys, whose joined text in one
    padded column printa cannot write."""
    from .vueprintloops import header
    from xtrace.runtime.vueprint import KEY_WIDTH, layout_options
    if nkeys != 1:
        return None
    _, count, by, order = layout_options(s.layout)
    conv = "d" if key_types and key_types[0] is not None and key_types[0].is_int else "s"
    return [dataclasses.replace(header(), loc=s.loc),
            ir.PrintAgg(s.name, layout="format", fmt=f"%-{KEY_WIDTH}{conv} | %d\n", value_func=func,
                        sort_by=by, descending=order == "desc", limit=count or None, loc=s.loc)]


def stored_once_and_printed(prog: ir.Program, name: str) -> bool:
    """Whether array `name` has each element stored once (_stored_once) and is
    otherwise only printed by foreach loops over it as a D printa prints it (the
    array a D port says as a sum() aggregation)."""
    return _stored_once(prog, name) is not None and _aggregation_like(prog, name) and not any(
        isinstance(n, (ir.PrintVar, ir.Delete)) and getattr(n, "name", getattr(n, "map", None)) == name
        for p in prog.probes for n in ir.walk(p.body))


def _stored_once(prog: ir.Program, name: str) -> Optional[list[int]]:
    """The values of array `name`'s elements when each is stored once: every store is
    `=` of an integer literal under constant keys, no two alike, in a probe that runs
    once (begin) and outside any loop; None otherwise, and for an array stap
    auto-prints (ir/printedvalues.py writes that print, and reads back as the array)."""
    stores: list[ir.Assign] = []
    if any(isinstance(n, ir.PrintVar) and n.name == name for p in prog.probes for n in ir.walk(p.body)):
        return None  # stap's auto-print: the printer's sum of differences says it (printedvalues)
    for n in ir.walk([f.body for f in prog.functions]):
        if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Index) \
                and n.target.map == name:
            return None
    for p in prog.probes:
        mine = [n for n in ir.walk(p.body) if isinstance(n, (ir.Assign, ir.IncDec))
                and isinstance(n.target, ir.Index) and n.target.map == name]
        if not mine:
            continue
        if not p.points or any(pt.kind != "begin" for pt in p.points):
            return None
        looped = {id(x) for loop in ir.walk(p.body) if isinstance(loop, (ir.While, ir.ForEach))
                  for x in ir.walk(loop)}
        for n in mine:
            if not isinstance(n, ir.Assign) or n.op != "=" or not isinstance(n.value, ir.IntLit) \
                    or id(n) in looped \
                    or not all(isinstance(k, (ir.IntLit, ir.StrLit)) for k in n.target.keys):
                return None
            stores.append(n)
    keys = [tuple((type(k), k.value) for k in s.target.keys) for s in stores]
    if not stores or len(set(keys)) < len(keys):
        return None
    return [s.value.value for s in stores]


def ties_in_key_order(prog: ir.Program, name: str, descending: bool) -> bool:
    """Whether the elements of equal value of `name`, an array each of whose elements
    is stored once (_stored_once), came in the order of their keys: stap's value sort
    keeps equal values in the order they were stored (both ways), D's printa breaks a
    tie by key, ascending, and under aggsortrev descending (dt_aggregate.c's
    varvalrevcmp reverses the whole comparison). Where the two orders agree the
    printa prints stap's rows."""
    elements = _stored_elements(prog, name)
    if elements is None:
        return False
    ties: dict[int, list[tuple]] = {}
    for key, value in elements:
        ties.setdefault(value, []).append(tuple(k.value for k in key))
    for keys in ties.values():
        if any(len({type(k[i]) for k in keys}) > 1 for i in range(len(keys[0]))):
            return False  # keys of different kinds in one place: no one order to compare
        if keys != sorted(keys, reverse=descending):
            return False
    return True


def tie_refusal(prog: ir.Program, f: ir.ForEach) -> Optional[str]:
    """Why a row-printing loop sorted by value over an array stored once (a printa
    otherwise) has no printa form: elements of equal value that D's printa would
    order otherwise than stap; None for any other loop."""
    elements = _stored_elements(prog, f.map) if f.sort_column == 0 else None
    if elements is None or row_print(f) is None:
        return None
    values = [v for _, v in elements]
    if len(set(values)) == len(values):
        return None
    rows = ("a printa of the aggregation" + (" under aggsortrev" if f.descending else "")
            + ", which shows equal values by key" + (", descending" if f.descending else ""))
    if f.limit is not None:
        return (f"'{f.map}' holds equal values and the loop keeps its first rows (`limit`): "
                "stap keeps those stored first, trunc() those of the greatest keys or the "
                f"least (nearest: trunc() and {rows})")
    if ties_in_key_order(prog, f.map, f.descending):
        return None
    ties: dict[int, list[tuple]] = {}
    for key, value in elements:
        ties.setdefault(value, []).append(tuple(k.value for k in key))
    a, b = next((x, y) for ks in ties.values() for x, y in zip(ks, ks[1:])
                if [type(k) for k in x] != [type(k) for k in y] or (x < y) == f.descending)
    a, b = (", ".join(map(str, k)) for k in (a, b))
    return (f"'{f.map}' holds equal values, which stap's sort shows in the order they were "
            f"stored ([{a}] before [{b}]) and D's printa in the order of their keys "
            f"(nearest: {rows})")


def _stored_elements(prog: ir.Program, name: str) -> Optional[list[tuple[list[ir.Expr], int]]]:
    """(keys, value) of each store of `name` in the order the begin probes run them,
    when _stored_once() holds; None otherwise."""
    if _stored_once(prog, name) is None:
        return None
    return [(n.target.keys, n.value.value) for p in prog.probes for n in ir.walk(p.body)
            if isinstance(n, ir.Assign) and isinstance(n.target, ir.Index) and n.target.map == name]


def _order_kept(f: ir.ForEach, row: _Row, is_set: bool) -> bool:
    """Whether printa shows the rows in the loop's order: by value, by the first key,
    or (stap leaves an unsorted loop's order open) by key. A set's values are all one
    constant, so only its keys can order it; D can print the value of neither."""
    if f.sort_column not in (None, 0, 1):
        return False
    if is_set and (row.value_shown or f.sort_column == 0):
        return False
    return True


def _limit_kept(prog: ir.Program, f: ir.ForEach, name: str) -> bool:
    """A `limit N` is trunc(@a, N) before the printa: only for a loop sorted by value
    that prints the array for the last time (see limit_is_final)."""
    if f.limit is None:
        return True
    if not isinstance(f.limit, ir.IntLit) or f.sort_column != 0:
        return False
    return limit_is_final(prog, f, name)


def limit_is_final(prog: ir.Program, stmt: ir.Stmt, name: str) -> bool:
    """Whether `stmt`, a print of the first rows of `name`, may drop the other rows
    for good (D's trunc(@a, N) before its printa): a `delete` of the whole array
    follows it, with only statements that neither touch the array nor leave the
    probe between them (a heading's printf), or it is the one print of the array,
    in an end probe."""
    for p in prog.probes:
        for block in (n for n in ir.walk(p.body) if isinstance(n, ir.Block)):
            for i, s in enumerate(block.stmts):
                if s is stmt:
                    for nxt in block.stmts[i + 1:]:
                        if isinstance(nxt, ir.Delete) and nxt.map == name and nxt.keys is None:
                            return True
                        if _touches(nxt, name):
                            break
                    prints = [n for n in ir.walk([q.body for q in prog.probes])
                              if (isinstance(n, ir.ForEach) and n.map == name)
                              or (isinstance(n, ir.PrintVar) and n.name == name)
                              or (isinstance(n, ir.PrintAgg) and name in (n.agg, *n.more))]
                    return prints == [stmt] and all(pt.kind == "end" for pt in p.points)
    return False


def _touches(s: ir.Stmt, name: str) -> bool:
    """Whether `s` may read or change array `name`, or leave the probe (or let an
    end probe print it: exit()) before a later statement runs."""
    for n in ir.walk(s):
        if isinstance(n, (ir.FuncCall, ir.Exit, ir.Next, ir.Return, ir.Break, ir.Continue,
                          ir.Try, ir.EmbeddedC)):
            return True
        if name in (getattr(n, "map", None), getattr(n, "agg", None)) or \
                (isinstance(n, ir.Var) and n.name == name) or \
                (isinstance(n, ir.PrintVar) and n.name == name) or \
                (isinstance(n, ir.PrintAgg) and name in n.more):
            return True
    return False


def _rewrite(s: ir.Stmt, name: str, func: str, nkeys: int = 1,
             key_types: Optional[list] = None) -> ir.Stmt:
    if isinstance(s, ir.PrintVar) and s.name == name and s.layout != "stap":
        rows = vue_print_as_printa(s, func, nkeys, key_types)
        return s if rows is None else _Spliced(rows, loc=s.loc)
    if isinstance(s, ir.PrintVar) and s.name == name:
        return ir.PrintAgg(name, layout="stap", value_func=func, sort_by="value",
                           descending=True, loc=s.loc)
    if isinstance(s, ir.ForEach) and s.map == name:
        row = row_print(s)
        assert row is not None
        by_value = s.sort_column == 0
        limit = s.limit.value if isinstance(s.limit, ir.IntLit) else None
        return ir.PrintAgg(name, layout="format", fmt=row.fmt, value_func=func,
                           sort_by="value" if by_value else "key",
                           descending=s.descending and s.sort_column is not None,
                           limit=limit, loc=s.loc)
    upd = _update_of(s, name)
    if upd is None:
        return s
    target, kind, amount = upd
    if func == "count":
        return ir.AggUpdate(name, target.keys, "count", [], loc=s.loc)
    return ir.AggUpdate(name, target.keys, "sum", [amount or ir.IntLit(1, loc=s.loc)], loc=s.loc)


def _map_stmts(s, fn: Callable[[ir.Stmt], ir.Stmt]):
    """`s` with `fn` applied to every statement, innermost first."""
    if isinstance(s, list):
        return [_map_stmts(x, fn) for x in s]
    if not isinstance(s, ir.Stmt):
        return s
    changes = {}
    for f in dataclasses.fields(s):
        v = getattr(s, f.name)
        if isinstance(v, ir.Stmt) or (isinstance(v, list) and v and isinstance(v[0], ir.Stmt)):
            changes[f.name] = _map_stmts(v, fn)
    if changes:
        s = dataclasses.replace(s, **changes)
    return fn(s)
