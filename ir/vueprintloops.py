"""Vue's print(a) of an associative array as the loops a stap user writes, and back.

Vue's print(a) (runtime/vueprint.format_vue_map) prints a header, `[key]` padded
to 32 columns then ` | value`, and one row per element: the key text (several
keys joined by ", ") padded to 32, ` | `, the value; by key ascending unless the
print's options (print(a, N, FLAGS), set_aso_print_options) say by value, or
descending, or the first N rows. In stap that is a printf and a foreach:

    printf("%-32s | value\\n", "[key]")
    foreach (k+ in calls limit 10)                 # by key; `calls-` by value
        printf("%-32s | %d\\n", k, calls[k])

A stap foreach sorts on one column, ties kept in the order the elements were
stored, where Vue sorts several keys column by column. So an array of several
keys printed in key order is first copied key column by key column, the last
first, each copy a stable sort on one more column (the order the copy is
stored in is the next sort's tie order), and the last copy is printed sorted
on the first key:

    delete a_by_key
    foreach ([k1, k2+] in a)
        a_by_key[k1, k2] = a[k1, k2]
    foreach ([k1+, k2] in a_by_key)
        printf("%-32s | %d\\n", sprintf("%d, %s", k1, k2), a_by_key[k1, k2])

An array of lists (a keyed statistics array) prints each key's count, sum, min,
max and avg in columns of 10, sorted by value on the USE_LIST_* statistic:

    foreach (k in lat @sum- limit 2)
        printf("%-32s | %10d %10d %10d %10d %10d\n", k, @count(lat[k]), ...)

Printed by value, Vue keeps a tie in key order (ascending, whichever way the values
go), a stap foreach in the order stored: the array is first copied key column by
key column the same way, every column ascending, and the last copy printed sorted
on its value:

    delete calls_by_key
    foreach ([k+] in calls)
        calls_by_key[k] = calls[k]
    foreach (k in calls_by_key-)
        printf("%-32s | %d\n", k, calls_by_key[k])

`loops_as_vue_prints` reads these forms back as the print they came from.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
from typing import Callable, Optional

from xtrace.runtime import vueprint

from . import nodes as ir
from .types import STRING, Type

HEADER_FMT = f"%-{vueprint.KEY_WIDTH}s | value\n"
HEADER_ARG = "[key]"


def is_vue_map_print(s: ir.Stmt) -> bool:
    """`s` is Vue's print(a) of an associative array of plain values."""
    return isinstance(s, ir.PrintVar) and s.layout.partition(";")[0] == "vue"


def is_vue_lists_print(s: ir.Stmt) -> bool:
    """`s` is Vue's print(a) of an associative array of lists (a keyed statistics
    aggregation: count, sum, min, max and avg columns)."""
    return (isinstance(s, ir.PrintAgg) and s.layout.partition(";")[0] == "vue" and s.keys is None
            and not s.more)


def _convertible(prog: ir.Program, s: ir.Stmt, which: Callable[[ir.Stmt], bool]) -> bool:
    return (is_vue_map_print(s) or is_vue_lists_print(s)) and which(s) \
        and refusal(prog, s, "") is None


LIST_HEADER_FMT = f"%-{vueprint.KEY_WIDTH}s | " + " ".join(["%10s"] * len(vueprint.LIST_STATS)) + "\n"


def list_header() -> ir.Printf:
    """The header row's printf of an array of lists."""
    return ir.Printf(LIST_HEADER_FMT, [ir.StrLit(HEADER_ARG)] + [ir.StrLit(n) for n in vueprint.LIST_STATS])


def header() -> ir.Printf:
    """The header row's printf."""
    return ir.Printf(HEADER_FMT, [ir.StrLit(HEADER_ARG)])


def _conv(t: Optional[Type]) -> str:
    return "s" if t is not None and t.is_str else "d"


def vue_prints_as_loops(prog: ir.Program,
                        which: Callable[[ir.Stmt], bool] = lambda s: True) -> ir.Program:
    """A copy of `prog` whose Vue print(a) of associative arrays are the header's
    printf and foreach loops (stap's way), where `refusal` finds nothing against
    it and `which(print)` is true; `prog` itself when there is none (the D printer
    takes the prints of lists, whose loops ir.statsplit says as one printa of an
    aggregation per statistic)."""
    if not any(_convertible(prog, n, which) for n in ir.walk([p.body for p in prog.probes])):
        return prog
    prog = copy.deepcopy(prog)
    added: list[ir.Global] = []
    for p in prog.probes:
        taken: dict = {"": _locals(p)}
        p.body = _splice(p.body, lambda s: _as_loops(prog, s, taken, added)
                         if _convertible(prog, s, which) else None)
    prog.globals += added
    return prog


def refusal(prog: ir.Program, s, lang: str) -> Optional[str]:
    """Why `lang`'s loops cannot print Vue's print(a) `s` (a PrintVar, or the PrintAgg
    of an array of lists) as Vue does, or None."""
    if isinstance(s, ir.PrintAgg):
        return _lists_refusal(prog, s, lang)
    g = prog.global_named(s.name)
    keys_kinds, value_kind = vueprint.layout_kinds(s.layout)
    if set(keys_kinds) - {"-"} or value_kind != "-":
        return (f"Vue's print({s.name}) of float or stack trace columns has no {lang} equivalent "
                "(nearest: a foreach printing each element with printf)")
    if g is None or g.kind != "map" or not g.key_types or g.type is None \
            or any(t is None or t.kind not in ("int", "str") for t in [*g.key_types, g.type]):
        return (f"Vue's print({s.name}) has no {lang} equivalent here: the array's key and value "
                "types are not known")
    return None


def _lists_refusal(prog: ir.Program, s: ir.PrintAgg, lang: str) -> Optional[str]:
    g = prog.global_named(s.agg)
    keys_kinds, _ = vueprint.layout_kinds(s.layout)
    if set(keys_kinds) - {"-"}:
        return (f"Vue's print({s.agg}) of float or stack trace keys has no {lang} equivalent "
                "(nearest: a foreach printing each element with printf)")
    if g is None or g.kind != "agg" or not g.key_types \
            or any(t is None or t.kind not in ("int", "str") for t in g.key_types):
        return (f"Vue's print({s.agg}) has no {lang} equivalent here: the array's key types "
                "are not known")
    if len(g.key_types) > 1 and vueprint.layout_options(s.layout)[2] == "key":
        return (f"Vue's print({s.agg}) of an array of lists with {len(g.key_types)} keys, in key "
                f"order, has no {lang} equivalent: a foreach sorts on one key, and a statistics "
                "array cannot be copied to sort on the others (nearest: foreach ([k1+, k2] in "
                f"{s.agg}), equal first keys in the order they were stored)")
    return None


def _locals(p: ir.Probe) -> set[str]:
    names = set()
    for x in ir.walk([p.body, p.predicate]):
        if isinstance(x, ir.Var) and x.scope == "local":
            names.add(x.name)
        elif isinstance(x, ir.ForEach):
            names |= set(x.keys) | ({x.value} if x.value else set())
    return names


def _fresh(base: str, taken: set[str]) -> str:
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    taken.add(name)
    return name


def _as_loops(prog: ir.Program, s: ir.PrintVar, taken: dict,
              added: list[ir.Global]) -> list[ir.Stmt]:
    """The statements printing `s`. `taken` holds the probe's local names (at "")
    and the loop variable chosen for each (column, key count, type): a later
    print reuses them (stap types a local once per probe)."""
    if isinstance(s, ir.PrintAgg):
        return _lists_as_loop(prog, s, _names(prog.global_named(s.agg), taken))
    g = prog.global_named(s.name)
    _, count, by, order = vueprint.layout_options(s.layout)
    desc = order == "desc"
    limit = ir.IntLit(count) if count else None
    n = len(g.key_types)
    names = _names(g, taken)
    out: list[ir.Stmt] = [dataclasses.replace(header(), loc=s.loc)]
    printed = s.name
    if by == "key" and n > 1 or by == "value":
        # one stable sort per key column, the last column first (module docstring); by
        # value every column, ascending: Vue's order of a tie
        src = s.name
        for col in range(n, 1 if by == "key" else 0, -1):
            tmp = _temp(prog, added, g, f"{s.name}_by_key")
            out.append(ir.Delete(tmp, loc=s.loc))
            out.append(ir.ForEach(src, list(names), ir.ExprStmt(ir.Assign(
                _index(tmp, names, g.key_types, g.type), "=", _index(src, names, g.key_types, g.type),
                type=g.type, loc=s.loc), loc=s.loc), sort_column=col, descending=desc and by == "key",
                loc=s.loc))
            src = tmp
        printed = src
    row = _row(printed, names, g.key_types, g.type)
    out.append(ir.ForEach(printed, names, row, sort_column=1 if by == "key" else 0,
                          descending=desc, limit=limit, loc=s.loc))
    return out


def _names(g: ir.Global, taken: dict) -> list[str]:
    """The loop variables of `g`'s key columns (see `_as_loops`)."""
    names, n = [], len(g.key_types)
    for i, t in enumerate(g.key_types):
        want = (i, n, t.kind)
        if want not in taken:
            taken[want] = _fresh("k" if n == 1 else f"k{i + 1}", taken[""])
        names.append(taken[want])
    return names


def _lists_as_loop(prog: ir.Program, s: ir.PrintAgg, names: list[str]) -> list[ir.Stmt]:
    """The header and the foreach of each list's statistics in columns of 10."""
    g = prog.global_named(s.agg)
    _, count, by, order = vueprint.layout_options(s.layout)
    kvars = [ir.Var(k, "local", type=t) for k, t in zip(names, g.key_types)]
    key, kconv = _key_text(kvars, g.key_types)
    stats = [ir.AggRead(s.agg, list(kvars), f) for f in vueprint.LIST_STATS]
    row = ir.Printf(f"%-{vueprint.KEY_WIDTH}{kconv} | " + " ".join(["%10d"] * len(stats)) + "\n",
                    [key] + stats)
    return [dataclasses.replace(list_header(), loc=s.loc),
            ir.ForEach(s.agg, names, row, sort_column=1 if by == "key" else 0,
                       descending=order == "desc", sort_stat=s.value_func if by == "value" else "count",
                       limit=ir.IntLit(count) if count else None, loc=s.loc)]


def _key_text(kvars: list[ir.Var], types: list[Type]) -> tuple[ir.Expr, str]:
    """The key column's argument and conversion: the key, or several joined by ", "."""
    if len(kvars) == 1:
        return kvars[0], _conv(types[0])
    return ir.Sprintf(", ".join("%" + _conv(t) for t in types), kvars, type=STRING), "s"


def _temp(prog: ir.Program, added: list[ir.Global], g: ir.Global, base: str) -> str:
    """A new array of `g`'s types (a sorted copy)."""
    taken = {x.name for x in prog.globals + added} | {f.name for f in prog.functions}
    name = _fresh(base, taken)
    added.append(ir.Global(name, "map", type=g.type, key_types=list(g.key_types), loc=g.loc))
    return name


def _index(name: str, keys: list[str], types: list[Type], vtype: Type) -> ir.Index:
    return ir.Index(name, [ir.Var(k, "local", type=t) for k, t in zip(keys, types)], type=vtype)


def _row(name: str, keys: list[str], types: list[Type], vtype: Type) -> ir.Printf:
    """One element's row: the key text padded to the key column, the value."""
    width = vueprint.KEY_WIDTH
    kvars = [ir.Var(k, "local", type=t) for k, t in zip(keys, types)]
    key, kconv = _key_text(kvars, types)
    return ir.Printf(f"%-{width}{kconv} | %{_conv(vtype)}\n", [key, _index(name, keys, types, vtype)])


# ------------------------------------------------------------------ read back

def loops_as_vue_prints(prog: ir.Program) -> ir.Program:
    """A copy of `prog` where the header printf and foreach loops that
    `vue_prints_as_loops` writes are the PrintVar again, the sorted copies'
    arrays gone; `prog` itself when it has none."""
    found = False
    temps: set[str] = set()
    for p in prog.probes:
        for b in (x for x in ir.walk(p.body) if isinstance(x, ir.Block)):
            for i in range(len(b.stmts)):
                m = _match(prog, b.stmts, i)
                if m is not None:
                    found = True
                    temps |= m[2]
    if not found:
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for b in (x for x in ir.walk(p.body) if isinstance(x, ir.Block)):
            i, out = 0, []
            while i < len(b.stmts):
                m = _match(prog, b.stmts, i)
                if m is None:
                    out.append(b.stmts[i])
                    i += 1
                    continue
                out.append(m[0])
                i += m[1]
            b.stmts = out
    used = {getattr(x, "map", None) for x in ir.walk([p.body for p in prog.probes])} \
        | {getattr(x, "name", None) for x in ir.walk([p.body for p in prog.probes])
           if isinstance(x, (ir.Var, ir.PrintVar))}
    prog.globals = [g for g in prog.globals if g.name not in temps or g.name in used]
    return prog


def _is_header(s: ir.Stmt) -> bool:
    return (isinstance(s, ir.Printf) and not s.stderr and s.fmt == HEADER_FMT and len(s.args) == 1
            and isinstance(s.args[0], ir.StrLit) and s.args[0].value == HEADER_ARG)


def _is_list_header(s: ir.Stmt) -> bool:
    return (isinstance(s, ir.Printf) and not s.stderr and s.fmt == LIST_HEADER_FMT
            and [a.value if isinstance(a, ir.StrLit) else None for a in s.args]
            == [HEADER_ARG, *vueprint.LIST_STATS])


def _match_lists(prog: ir.Program, stmts: list[ir.Stmt], i: int) -> Optional[tuple[ir.PrintAgg, int, set[str]]]:
    """The print of an array of lists `_lists_as_loop` writes, at stmts[i]."""
    if i + 1 >= len(stmts) or not isinstance(stmts[i + 1], ir.ForEach):
        return None
    f = stmts[i + 1]
    g = prog.global_named(f.map)
    body = f.body.stmts if isinstance(f.body, ir.Block) else [f.body]
    if g is None or g.kind != "agg" or f.value is not None or len(body) != 1 \
            or not isinstance(body[0], ir.Printf) or f.sort_column not in (0, 1):
        return None
    row = body[0]
    w = vueprint.KEY_WIDTH
    stats = " ".join(["%10d"] * len(vueprint.LIST_STATS)) + "\n"
    if row.fmt not in (f"%-{w}s | {stats}", f"%-{w}d | {stats}") or len(row.args) != 6:
        return None
    if not _key_arg(row.args[0], f.keys):
        return None
    for a, func in zip(row.args[1:], vueprint.LIST_STATS):
        if not (isinstance(a, ir.AggRead) and a.agg == f.map and a.func == func and not a.args
                and _keys_are(a.keys, f.keys)):
            return None
    count = _limit(f)
    if count is None or (f.sort_column == 1 and len(f.keys) > 1):
        return None
    by = "key" if f.sort_column == 1 else "value"
    layout = vueprint.layout_with("vue", count, by, "desc" if f.descending else "asc")
    return ir.PrintAgg(f.map, layout=layout, value_func=f.sort_stat if by == "value" else "count",
                       loc=stmts[i].loc), 2, set()


def _key_arg(key: ir.Expr, names: list[str]) -> bool:
    """The row's key column: the loop's one key, or its keys joined by ", "."""
    if len(names) == 1:
        return _keys_are([key], names)
    return (isinstance(key, ir.Sprintf) and _keys_are(key.args, names)
            and key.fmt in _joined_formats(len(names)))


def _limit(f: ir.ForEach) -> Optional[int]:
    """The loop's number of rows (0: all), None for a limit print(a, N) cannot say."""
    if f.limit is None:
        return 0
    return f.limit.value if isinstance(f.limit, ir.IntLit) and f.limit.value > 0 else None


def _match(prog: ir.Program, stmts: list[ir.Stmt], i: int) -> Optional[tuple[ir.Stmt, int, set[str]]]:
    """(the PrintVar, how many statements it was, the sorted copies' arrays) of the
    form starting at stmts[i], or None."""
    if _is_list_header(stmts[i]):
        return _match_lists(prog, stmts, i)
    if not _is_header(stmts[i]):
        return None
    j, copies, src = i + 1, [], None
    while j + 1 < len(stmts) and isinstance(stmts[j], ir.Delete) and stmts[j].keys is None:
        f = stmts[j + 1]
        tmp = stmts[j].map
        if not (isinstance(f, ir.ForEach) and f.value is None and f.limit is None
                and _is_copy(f, tmp, src)):
            return None
        copies.append((tmp, f))
        src = tmp
        j += 2
    if j >= len(stmts) or not isinstance(stmts[j], ir.ForEach):
        return None
    f = stmts[j]
    printed = f.map
    name = copies[0][1].map if copies else printed
    if copies and printed != copies[-1][0]:
        return None
    if not _is_row(f, prog):
        return None
    g = prog.global_named(name)
    if g is None or g.kind != "map" or len(f.keys) != len(g.key_types or f.keys):
        return None
    n = len(f.keys)
    if f.sort_column == 0:
        by = "value"
        # (none: a stap user's own loop; else every column, ascending: Vue's ties)
        if copies and ([c.sort_column for _, c in copies] != list(range(n, 0, -1))
                       or any(c.descending for _, c in copies)):
            return None
    elif f.sort_column == 1:
        by = "key"
        # the copies sort on columns n .. 2 in turn, all one way
        if n > 1 and [c.sort_column for _, c in copies] != list(range(n, 1, -1)):
            return None
        if n == 1 and copies:
            return None
        if any(c.descending != f.descending for _, c in copies):
            return None
    else:
        return None
    if f.limit is not None and not (isinstance(f.limit, ir.IntLit) and f.limit.value > 0):
        return None
    count = f.limit.value if f.limit is not None else 0
    layout = vueprint.layout_with("vue", count, by, "desc" if f.descending else "asc")
    return ir.PrintVar(name, layout=layout, loc=stmts[i].loc), j + 1 - i, {t for t, _ in copies}


def _keys_are(exprs: list[ir.Expr], names: list[str]) -> bool:
    return len(exprs) == len(names) and all(
        isinstance(e, ir.Var) and e.scope == "local" and e.name == n for e, n in zip(exprs, names))


def _is_copy(f: ir.ForEach, tmp: str, src: Optional[str]) -> bool:
    """`foreach ([k..] in a) tmp[k..] = a[k..]`, `a` the previous copy when there is one."""
    body = f.body.stmts if isinstance(f.body, ir.Block) else [f.body]
    if len(body) != 1 or not isinstance(body[0], ir.ExprStmt) or (src is not None and f.map != src):
        return False
    e = body[0].expr
    return (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, ir.Index)
            and e.target.map == tmp and _keys_are(e.target.keys, f.keys)
            and isinstance(e.value, ir.Index) and e.value.map == f.map
            and _keys_are(e.value.keys, f.keys) and f.sort_column is not None)


def _is_row(f: ir.ForEach, prog: ir.Program) -> bool:
    """The loop's body is the one printf of an element's row, as `_row` writes it."""
    body = f.body.stmts if isinstance(f.body, ir.Block) else [f.body]
    if len(body) != 1 or not isinstance(body[0], ir.Printf) or body[0].stderr:
        return False
    s = body[0]
    if len(s.args) != 2 or not s.fmt.endswith("\n"):
        return False
    key, value = s.args
    w = vueprint.KEY_WIDTH
    if len(f.keys) == 1:
        if not _keys_are([key], f.keys):
            return False
        head = {f"%-{w}s | ", f"%-{w}d | "}
    else:
        if not (isinstance(key, ir.Sprintf) and _keys_are(key.args, f.keys)
                and key.fmt in _joined_formats(len(f.keys))):
            return False
        head = {f"%-{w}s | "}
    if not any(s.fmt.startswith(h) for h in head) or s.fmt.split(" | ", 1)[1] not in ("%d\n", "%s\n"):
        return False
    if f.value is not None and isinstance(value, ir.Var) and value.name == f.value:
        return True
    return isinstance(value, ir.Index) and value.map == f.map and _keys_are(value.keys, f.keys)


def _joined_formats(n: int) -> set[str]:
    return {", ".join(c) for c in itertools.product(("%d", "%s"), repeat=n)}


def _splice(s, fn: Callable[[ir.Stmt], Optional[list[ir.Stmt]]]):
    """`s` with each statement for which `fn` gives a list replaced by that list
    (in its block; a lone statement becomes a block)."""
    if isinstance(s, ir.Block):
        out = []
        for x in s.stmts:
            rep = fn(x)
            out += rep if rep is not None else [_splice(x, fn)]
        return dataclasses.replace(s, stmts=out)
    if not isinstance(s, ir.Stmt):
        return s
    rep = fn(s)
    if rep is not None:
        return ir.Block(rep, loc=s.loc)
    changes = {}
    for f in dataclasses.fields(s):
        v = getattr(s, f.name)
        if isinstance(v, ir.Stmt):
            changes[f.name] = _splice(v, fn)
    return dataclasses.replace(s, **changes) if changes else s
