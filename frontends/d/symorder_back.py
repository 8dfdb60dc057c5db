"""A stap port's address-ordered rows read back as D's printa().

An aggregation keyed by D's func(), ufunc(), umod() or uaddr() prints in dtrace's
order by the address behind each key (frontends/stap/print_symorder.py). Its stap
port stores that address beside each update and walks it when printing:

    f[dtrace_func(caller_addr())] <<< 1
    f_at[dtrace_func(caller_addr())] = caller_addr()
    ...
    foreach ([key] in f_at+)                     (by value: through the rows)
        printa_rows[key] = @count(f[key])
    foreach ([key] in printa_rows+ limit 3)
        printf("%s %d\\n", key, printa_rows[key])
    delete printa_rows

    foreach ([key] in f_at+)                     (by key: aggsortkey)
        printf("%s %d\\n", key, @count(f[key]))

Back in D the stores go (dtrace keeps the address with the key itself) and each
walk is the printa() of the aggregation that stap's own print loop stands for
(frontends/stap/foreach.py): by value or by key, descending where the walks are,
the first rows where the last has a limit. Only that shape: the address array
stored nowhere but beside the updates of one aggregation, with their key, and read
nowhere but by these walks; the scratch array goes with its last use.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir

from .portruns import local_vars, one

_ADDRESS_KEYS = frozenset({"d_func", "d_ufunc", "d_umod", "d_uaddr"})
# the stap port's comment on an address array's declaration (print_symorder.py), which
# the reader keeps above the first probe
_NOTE = re.compile(r"the address each key of \S+ names: dtrace orders them by it, not by their text")


def address_walks_as_printa(prog: ir.Program) -> ir.Program:
    """`prog` (stap) with each address array's stores dropped and its walks said as
    D's printa(); `prog` itself when it has none."""
    if prog.lang != "stap":
        return prog
    arrays = _address_arrays(prog)
    # every walk of an array must be one of the port's, or the array stays
    walks = {id(b.stmts[i]) for b in ir.program_blocks(prog) for i in range(len(b.stmts))
             if _walk(b.stmts, i, arrays) is not None}
    for x in ir.walk(list(ir.program_roots(prog))):
        if isinstance(x, ir.ForEach) and x.map in arrays and id(x) not in walks:
            arrays.pop(x.map, None)
    if not arrays:
        return prog
    prog = copy.deepcopy(prog)
    scratch: set[str] = set()
    for b in ir.program_blocks(prog):
        out: list[ir.Stmt] = []
        i = 0
        while i < len(b.stmts):
            s = b.stmts[i]
            if _store(s, arrays) is not None:
                i += 1
                continue
            found = _walk(b.stmts, i, arrays)
            if found is None:
                out.append(s)
                i += 1
                continue
            printa, length, rows = found
            out.append(printa)
            if rows is not None:
                scratch.add(rows)
            i += length
        b.stmts = out
    used = {x.map for x in ir.walk(list(ir.program_roots(prog))) if isinstance(x, (ir.Index, ir.ForEach, ir.Delete))}
    prog.globals = [g for g in prog.globals if g.name not in arrays and (g.name not in scratch or g.name in used)]
    for p in prog.probes:
        p.comments = [c for c in p.comments if not _NOTE.fullmatch(c)]
    return prog


def _address_arrays(prog: ir.Program) -> dict[str, str]:
    """Address array -> its aggregation: a map global every store of which follows an
    update of that aggregation with the same one key, a D symbol action, and which
    nothing else uses but walks sorted by value."""
    found: dict[str, str] = {}
    stores: set[int] = set()
    for b in ir.program_blocks(prog):
        for prev, s in zip(b.stmts, b.stmts[1:]):
            st = _store(s, None)
            if st is None:
                continue
            arr, key = st
            if not (isinstance(prev, ir.AggUpdate) and prev.keys == [key] and isinstance(key, ir.Call)
                    and key.name in _ADDRESS_KEYS) or found.get(arr, prev.agg) != prev.agg:
                found[arr] = ""
                continue
            found[arr] = prev.agg
            stores.add(id(s.expr.target))
    found = {a: agg for a, agg in found.items() if agg and (g := prog.global_named(a)) is not None
             and g.kind == "map"}
    for x in ir.walk(list(ir.program_roots(prog))):
        if isinstance(x, ir.Index) and x.map in found and id(x) not in stores:
            found[x.map] = ""
        elif isinstance(x, ir.ForEach) and x.map in found and (x.sort_column != 0 or len(x.keys) != 1):
            found[x.map] = ""
        elif isinstance(x, (ir.Delete, ir.InMap)) and x.map in found:
            found[x.map] = ""
    return {a: agg for a, agg in found.items() if agg}


def _store(s: ir.Stmt, arrays: Optional[dict[str, str]]) -> Optional[tuple[str, ir.Expr]]:
    """(array, key) of a statement `a[k] = v` (of one of `arrays`, where given)."""
    if not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
            and isinstance(s.expr.target, ir.Index) and len(s.expr.target.keys) == 1):
        return None
    if arrays is not None and s.expr.target.map not in arrays:
        return None
    return s.expr.target.map, s.expr.target.keys[0]


def _walk(stmts: list[ir.Stmt], i: int, arrays: dict[str, str]) -> Optional[tuple[ir.PrintAgg, int, Optional[str]]]:
    """(printa, statements it stands for, scratch array) of the walk from stmts[i]."""
    w = stmts[i]
    if not (isinstance(w, ir.ForEach) and w.map in arrays and w.value is None):
        return None
    if any(f.limit is not None and not isinstance(f.limit, ir.IntLit) for f in stmts[i:i + 2]
           if isinstance(f, ir.ForEach)):
        return None  # (a printa's limit is a constant)
    agg, lvars = arrays[w.map], w.keys
    body = one(w.body)
    if isinstance(body, ir.Printf):  # by key
        printa = _printa(body, agg, lvars, lambda a: _read(a, agg, lvars))
        return None if printa is None else (_sorted(printa, "key", w, w.limit), 1, None)
    if w.limit is not None or i + 2 >= len(stmts):
        return None
    fill = _store(body, None)
    value = body.expr.value if fill is not None else None
    if fill is None or _read(value, agg, lvars) is None or not local_vars([fill[1]], lvars):
        return None
    rows, show, clear = fill[0], stmts[i + 1], stmts[i + 2]
    if not (isinstance(show, ir.ForEach) and show.map == rows and show.keys == lvars and show.value is None
            and show.sort_column == 0 and show.descending == w.descending
            and isinstance(clear, ir.Delete) and clear.map == rows and clear.keys is None):
        return None
    row = one(show.body)
    if not isinstance(row, ir.Printf):
        return None
    printa = _printa(row, agg, lvars, lambda a: value.func if isinstance(a, ir.Index) and a.map == rows
                     and local_vars(a.keys, lvars) else None)
    return None if printa is None else (_sorted(printa, "value", w, show.limit), 3, rows)


def _read(a: ir.Expr, agg: str, lvars: list[str]) -> Optional[str]:
    """The statistic `a` reads of the loop's element of `agg` (`@count(f[key])`)."""
    if isinstance(a, ir.AggRead) and a.agg == agg and not a.args and local_vars(a.keys, lvars):
        return a.func
    return None


def _printa(row: ir.Printf, agg: str, lvars: list[str], value_of) -> Optional[ir.PrintAgg]:
    """The printa of a row's printf: the keys in order, then the value."""
    if row.stderr or len(row.args) != len(lvars) + 1 or not local_vars(row.args[:-1], lvars):
        return None
    func = value_of(row.args[-1])
    if func is None:
        return None
    return ir.PrintAgg(agg, layout="format", fmt=row.fmt, value_func=func, loc=row.loc)


def _sorted(printa: ir.PrintAgg, by: str, walk: ir.ForEach, limit: Optional[ir.Expr]) -> ir.PrintAgg:
    printa.sort_by = by
    printa.descending = walk.descending
    printa.limit = limit.value if isinstance(limit, ir.IntLit) else None
    printa.loc = walk.loc
    return printa
