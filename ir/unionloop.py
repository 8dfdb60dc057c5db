"""stap's "every key of several statistics arrays" loop, said as one printa, for D.

nettop.stp's idiom gathers the keys of two statistics arrays in a set and prints a
row per key with statistics of both:

    foreach ([p, dev] in recv-) merged[p, dev] = 1
    foreach ([p, dev] in xmit-) merged[p, dev] = 1
    foreach ([p, dev] in merged-) {
        n = @count(xmit[p, dev])
        printf("%d %s %d %d\\n", p, dev, n, n ? @sum(xmit[p, dev]) / 1024 : 0)
    }
    delete merged

D's printa of several aggregations is exactly that join (a key one aggregation
lacks shows 0 there), and `@sum(a[k]) / 1024` is what normalize(@a, 1024) makes
printa show:

    normalize(@xmit_sum, 1024);
    printa("%d %s %@d %@d\\n", @xmit_count, @xmit_sum);

(with one aggregation per statistic read, updated together). `n ? x : 0`, where n
is the element's @count, is x: an element that was never added to shows 0. The
set's values are all one constant, so the loop's order among its keys is open;
printa's (by the first aggregation) is one of them. The keys are printed in the
order of the arrays' keys (reordered so, the unprinted ones last), and the set
must be emptied after each print, so that it holds only the arrays' keys.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .mapagg import printed_line

_STATS = ("count", "sum", "min", "max", "avg")


@dataclasses.dataclass
class _Union:
    block_path: ir.Block
    fills: list[ir.ForEach]
    loop: ir.ForEach
    set_name: str
    arrays: list[str]
    key_order: list[int]  # the arrays' key positions in the order the row prints them
    fmt: str
    columns: list[tuple[str, str, int]]  # (array, statistic, divisor) per %@


def union_loops_as_printa(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with such loops said as a printa of per-statistic
    aggregations (see the module docstring); `prog` itself when there is none."""
    found = _find(prog)
    if not found:
        return prog
    original = prog
    prog = copy.deepcopy(prog)
    found = _find(prog)
    stats: dict[str, list[str]] = {}
    orders: dict[str, list[int]] = {}
    for u in found:
        for a, st, _ in u.columns:
            stats.setdefault(a, [])
            if st not in stats[a]:
                stats[a].append(st)
        for a in u.arrays:
            if orders.setdefault(a, u.key_order) != u.key_order:
                return original
    if not _only_split_uses(prog, found, set(orders)):
        return original
    for a in orders:
        stats[a] = stats.get(a) or ["count"]
    for u in found:
        _rewrite_block(u)
    sets = {u.set_name for u in found}
    _split_arrays(prog, stats, orders, sets)
    return prog


def _only_split_uses(prog: ir.Program, found: list[_Union], arrays: set[str]) -> bool:
    """Whether the arrays are only added to (statements of blocks), emptied whole, and
    read by the union loops: one aggregation per statistic says all of that."""
    mine = {id(x) for u in found for s in [*u.fills, u.loop] for x in ir.walk(s)}
    in_blocks = {id(s) for b in _blocks(prog) for s in b.stmts} | {
        id(x) for n in ir.walk(list(ir.program_roots(prog))) if isinstance(n, ir.If)
        for x in (n.then, n.else_) if x is not None}
    for x in ir.walk(list(ir.program_roots(prog))):
        if id(x) in mine:
            continue
        if isinstance(x, ir.AggUpdate) and x.agg in arrays:
            if id(x) not in in_blocks or x.func != "stats" or len(x.args) != 1:
                return False
        elif isinstance(x, ir.Delete) and x.map in arrays:
            if x.keys is not None:
                return False
        elif getattr(x, "agg", None) in arrays or getattr(x, "map", None) in arrays or (
                isinstance(x, ir.PrintVar) and x.name in arrays):
            return False
    return True


def _blocks(prog: ir.Program):
    roots = [p.body for p in prog.probes] + [fn.body for fn in prog.functions]
    return [n for n in ir.walk(roots) if isinstance(n, ir.Block)]


def _find(prog: ir.Program) -> list[_Union]:
    out = []
    for block in _blocks(prog):
        for i, s in enumerate(block.stmts):
            if not isinstance(s, ir.ForEach):
                continue
            u = _union_at(prog, block, i)
            if u is not None:
                out.append(u)
    return out


def _fill_of(s: ir.Stmt) -> Optional[tuple[str, str]]:
    """(array, set) when `s` is `foreach ([k..] in array) set[k..] = CONST`."""
    if not isinstance(s, ir.ForEach) or s.value is not None or s.limit is not None:
        return None
    body = s.body.stmts if isinstance(s.body, ir.Block) else [s.body]
    if len(body) != 1 or not isinstance(body[0], ir.ExprStmt):
        return None
    e = body[0].expr
    if not (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, ir.Index)
            and isinstance(e.value, ir.IntLit)):
        return None
    keys = e.target.keys
    if len(keys) != len(s.keys) or not all(isinstance(k, ir.Var) and k.scope == "local" and k.name == n
                                           for k, n in zip(keys, s.keys)):
        return None
    return s.map, e.target.map


def _union_at(prog: ir.Program, block: ir.Block, i: int) -> Optional[_Union]:
    fills = []
    j = i
    set_name = None
    while j < len(block.stmts) and _fill_of(block.stmts[j]) is not None:
        a, sname = _fill_of(block.stmts[j])
        if set_name not in (None, sname):
            return None
        set_name = sname
        fills.append(block.stmts[j])
        j += 1
    if not fills or j >= len(block.stmts):
        return None
    loop = block.stmts[j]
    if not isinstance(loop, ir.ForEach) or loop.map != set_name or loop.limit is not None \
            or loop.value is not None:
        return None
    arrays = list(dict.fromkeys(f.map for f in fills))
    n = len(loop.keys)
    for a in arrays:
        g = prog.global_named(a)
        if g is None or g.kind != "agg" or g.agg_func not in ("stats", None):
            return None
    if any(len(f.keys) != n for f in fills):
        return None
    # the set: filled only here, emptied whole later in this block, read by nothing else
    if not any(isinstance(s, ir.Delete) and s.map == set_name and s.keys is None
               for s in block.stmts[j + 1:]):
        return None
    mine = {id(x) for s in [*fills, loop] for x in ir.walk(s)}
    for x in ir.walk(list(ir.program_roots(prog))):
        if id(x) in mine:
            continue
        if isinstance(x, ir.Delete) and x.map == set_name and x.keys is None:
            continue
        if getattr(x, "map", None) == set_name or (isinstance(x, ir.PrintVar) and x.name == set_name):
            return None
    row = _row(loop, arrays)
    if row is None:
        return None
    fmt, key_order, columns = row
    return _Union(block, fills, loop, set_name, arrays, key_order, fmt, columns)


def _row(loop: ir.ForEach, arrays: list[str]) -> Optional[tuple[str, list[int], list]]:
    """The printa format, the keys' print order and the value columns of the loop's
    body: locals set from statistics of the element, then printfs of its keys and of
    statistics (`n ? x : 0` is x; `x / N` a normalized x)."""
    body = loop.body.stmts if isinstance(loop.body, ir.Block) else [loop.body]
    values: dict[str, ir.Expr] = {}
    k = 0
    while k < len(body) and isinstance(body[k], ir.ExprStmt) and isinstance(body[k].expr, ir.Assign):
        e = body[k].expr
        if e.op != "=" or not isinstance(e.target, ir.Var) or e.target.scope != "local" \
                or e.target.name in values or e.target.name in loop.keys:
            return None
        values[e.target.name] = _with_locals(e.value, values)
        k += 1
    rest = ir.ForEach(loop.map, loop.keys, ir.Block(body[k:], loc=loop.loc), loc=loop.loc)
    line = printed_line(rest)
    if line is None:
        return None
    fmt, args, convs = line
    key_order: list[int] = []
    columns = []
    for i, a in enumerate(args):
        a = _with_locals(a, values)
        if isinstance(a, ir.Var) and a.scope == "local" and a.name in loop.keys:
            key_order.append(loop.keys.index(a.name))
            continue
        col = _column(a, loop, arrays)
        if col is None:
            return None
        columns.append((i, col))
    if len(set(key_order)) != len(key_order) or not columns:
        return None
    key_order += [i for i in range(len(loop.keys)) if i not in key_order]
    for i, _ in reversed(columns):
        c = convs[i]
        fmt = fmt[:c.start()] + "%@" + fmt[c.start() + 1:]
    return fmt, key_order, [c for _, c in columns]


def _with_locals(e: ir.Expr, values: dict[str, ir.Expr]) -> ir.Expr:
    """`e` with the local variables `values` names replaced by their expressions."""
    return ir.substituted(e, lambda x: values.get(x.name) if isinstance(x, ir.Var)
                          and x.scope == "local" else None)


def _stat(e: ir.Expr, loop: ir.ForEach, arrays: list[str]) -> Optional[tuple[str, str]]:
    if (isinstance(e, ir.AggRead) and e.agg in arrays and e.func in _STATS and not e.args
            and len(e.keys) == len(loop.keys)
            and all(isinstance(k, ir.Var) and k.scope == "local" and k.name == n
                    for k, n in zip(e.keys, loop.keys))):
        return e.agg, e.func
    return None


def _column(e: ir.Expr, loop: ir.ForEach, arrays: list[str],
            guarded: bool = False) -> Optional[tuple[str, str, int]]:
    """(array, statistic, divisor) of a printed value column."""
    if isinstance(e, ir.Ternary) and isinstance(e.else_, ir.IntLit) and e.else_.value == 0:
        cond = _stat(e.cond, loop, arrays)
        inner = _column(e.then, loop, arrays, guarded=True)
        # `@count(a[k]) ? x : 0` with x of the same element: 0 when it was never added to
        if cond is not None and cond[1] == "count" and inner is not None and inner[0] == cond[0]:
            return inner
        return None
    if isinstance(e, ir.Binary) and e.op == "/" and isinstance(e.rhs, ir.IntLit) and e.rhs.value > 0:
        inner = _stat(e.lhs, loop, arrays)
        div = e.rhs.value
    else:
        inner, div = _stat(e, loop, arrays), 1
    if inner is None:
        return None
    if inner[1] not in ("count", "sum") and not guarded:
        return None  # stap faults on @min/@max/@avg of an element never added to
    return inner[0], inner[1], div


def _part(name: str, stat: str) -> str:
    return f"{name}_{stat}"


def _rewrite_block(u: _Union) -> None:
    """The fills and the loop become normalize()s and one printa; the set's delete goes."""
    block = u.block_path
    at = block.stmts.index(u.fills[0])
    end = block.stmts.index(u.loop)
    names = [_part(a, st) for a, st, _ in u.columns]
    out: list[ir.Stmt] = []
    for (a, st, div), name in zip(u.columns, names):
        if div != 1:
            out.append(ir.AggControl("normalize", name, [ir.IntLit(div, loc=u.loop.loc)], loc=u.loop.loc))
    descending = u.loop.descending and u.loop.sort_column is not None
    out.append(ir.PrintAgg(names[0], layout="format", fmt=u.fmt, value_func=u.columns[0][1],
                           sort_by="value", descending=descending, more=names[1:], loc=u.loop.loc))
    block.stmts[at:end + 1] = out
    block.stmts[:] = [s for s in block.stmts
                      if not (isinstance(s, ir.Delete) and s.map == u.set_name)]


def _split_arrays(prog: ir.Program, stats: dict[str, list[str]], orders: dict[str, list[int]],
                  sets: set[str]) -> None:
    """Each array becomes one aggregation per statistic read, its keys reordered."""
    from .statsplit import _updates as split_updates
    new_globals = []
    for g in prog.globals:
        if g.name in sets:
            continue
        if g.name in stats:
            kt = g.key_types
            if kt is not None:
                kt = [kt[i] for i in orders[g.name]]
            new_globals += [dataclasses.replace(g, name=_part(g.name, st), agg_func=st, key_types=kt)
                            for st in stats[g.name]]
        else:
            new_globals.append(g)
    prog.globals = new_globals
    for body in [p.body for p in prog.probes] + [fn.body for fn in prog.functions]:
        for n in ir.walk(body):  # a branch that is one update: a block of them
            if isinstance(n, ir.If):
                for side in ("then", "else_"):
                    x = getattr(n, side)
                    if isinstance(x, ir.AggUpdate) and x.agg in stats:
                        setattr(n, side, ir.Block([x], loc=x.loc))
        for block in (n for n in ir.walk(body) if isinstance(n, ir.Block)):
            out: list[ir.Stmt] = []
            for s in block.stmts:
                if isinstance(s, ir.AggUpdate) and s.agg in stats:
                    keys = [s.keys[i] for i in orders[s.agg]]
                    out += split_updates(dataclasses.replace(s, keys=keys), stats[s.agg])
                elif isinstance(s, ir.Delete) and s.map in sets:
                    continue
                elif isinstance(s, ir.Delete) and s.map in stats and s.keys is None:
                    out += [ir.Delete(_part(s.map, st), loc=s.loc) for st in stats[s.map]]
                else:
                    out.append(s)
            block.stmts[:] = out
