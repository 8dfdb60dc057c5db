"""A stap port's joined rows of several aggregations read back as D's printa() of them.

D's printa() of several aggregations prints a row per key any of them holds,
each aggregation's value in it (0 where it has none). stap has no such print: its
port (frontends/stap/print_aggops.py) collects the keys in a scratch array whose
value is the first aggregation's (0 for a key only the others hold), by value
copies it into a second and back, a key column a copy, storing the rows in the
keys' order (printa's order of a tie), walks it in printa's order and deletes it:

    foreach ([k] in t)  rows[k] = 0
    foreach ([k] in n)  rows[k] = @count(n[k])
    foreach ([k+] in rows)  by_key[k] = rows[k]
    delete rows
    foreach ([k] in by_key+)
        printf("%s %d %d\\n", k, @count(n[k]), k in t ? @sum(t[k]) : 0)
    delete by_key

Back in D that is `printa("%s %@d %@d\\n", @n, @t)`, sorted as the walk is (by
the first aggregation's value or by the keys, either way, its first rows where
it has a limit). Only that shape, printed with a format: the scratch array a
global nothing else uses, the loops' variables read nowhere else, every row's
printf the keys in order and each aggregation's value.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

from .portruns import Run, local_vars, one, runs_replaced


def joined_rows_as_printa(prog: ir.Program) -> ir.Program:
    """`prog` (stap) with each run of the module's statements said as D's printa()
    of the aggregations; `prog` itself when there is none. A stap statistics array
    read as one statistic is that D aggregation (the printa names the first one's
    only)."""
    return runs_replaced(prog, _at, _NOTE)


# the stap port's comment on the scratch array's declaration (print_aggops.py)
_NOTE = "printa()'s joined rows, while printing"


def _fill(s: ir.Stmt, lvars: Optional[list[str]]) -> Optional[tuple[str, str, ir.Expr, list[str]]]:
    """(aggregation walked, scratch array, value stored, loop variables) of a loop
    `foreach ([k..] in a) rows[k..] = v`."""
    if not (isinstance(s, ir.ForEach) and s.sort_column is None and s.limit is None
            and s.value is None and s.keys and (lvars is None or s.keys == lvars)):
        return None
    body = one(s.body)
    if not (isinstance(body, ir.ExprStmt) and isinstance(body.expr, ir.Assign) and body.expr.op == "="
            and isinstance(body.expr.target, ir.Index) and local_vars(body.expr.target.keys, s.keys)):
        return None
    return s.map, body.expr.target.map, body.expr.value, s.keys


def _at(prog: ir.Program, stmts: list[ir.Stmt], i: int) -> Optional[Run]:
    """The printa the statements from stmts[i] stand for (each aggregation with the
    statistic it prints), or None."""
    fills = []
    lvars: Optional[list[str]] = None
    j = i
    while j < len(stmts) and (f := _fill(stmts[j], lvars)) is not None:
        fills.append(f)
        lvars = f[3]
        j += 1
    if len(fills) < 2 or j + 2 > len(stmts) or len({f[1] for f in fills}) != 1:
        return None
    scratch = fills[0][1]
    start = j
    held, j = _key_order_copies(stmts, j, scratch, lvars)
    if j + 2 > len(stmts):
        return None
    walk, clear = stmts[j], stmts[j + 1]
    if not (isinstance(walk, ir.ForEach) and walk.map == held and walk.keys == lvars
            and walk.value is None and walk.sort_column in (0, 1)
            and (walk.limit is None or isinstance(walk.limit, ir.IntLit))):
        return None
    if j > start and (walk.sort_column != 0 or any(c.descending != walk.descending for c in stmts[start:j:2])):
        return None  # (the copies order a tie of the value sort, as printa does)
    also = sorted(({stmts[k].map for k in range(start, j, 2)} | {held}) - {scratch})
    row = one(walk.body)
    if not (isinstance(row, ir.Printf) and not row.stderr) or not (
            isinstance(clear, ir.Delete) and clear.map == held and clear.keys is None):
        return None
    # the first aggregation's values are the rows' (filled last), the others' 0
    first = fills[-1]
    if not (isinstance(first[2], ir.AggRead) and first[2].agg == first[0] and not first[2].args
            and local_vars(first[2].keys, lvars)) or any(f[2] != ir.IntLit(0) for f in fills[:-1]):
        return None
    aggs = [first[0]] + [f[0] for f in fills[:-1]]
    if len(set(aggs)) != len(aggs) or scratch in aggs or any(
            (g := prog.global_named(a)) is None or g.kind != "agg" for a in aggs):
        return None
    if any((g := prog.global_named(a)) is None or g.kind != "map" for a in [scratch] + also):
        return None
    fmt = _format(row, aggs, lvars, first[2].func)
    if fmt is None:
        return None
    roots = list(ir.program_roots(prog))
    ours = {id(x) for s in stmts[i:j + 2] for x in ir.walk(s)}
    if any(id(x) not in ours and ({scratch, *also} & {getattr(x, "map", None), getattr(x, "name", None)}
                                  or isinstance(x, ir.Var) and x.scope == "local" and x.name in lvars)
           for x in ir.walk(roots)):
        return None  # the scratch array or a loop variable used elsewhere
    funcs = [a.func for a in _values(row)]
    for a, f in zip(aggs, funcs):
        if any(id(x) not in ours and _read_as(x, a) not in (None, f) for x in ir.walk(roots)):
            return None  # read as another statistic elsewhere: no one D aggregation
    printa = ir.PrintAgg(aggs[0], layout="format", fmt=fmt, value_func=funcs[0],
                         sort_by="value" if walk.sort_column == 0 else "key",
                         descending=walk.descending,
                         limit=walk.limit.value if walk.limit is not None else None,
                         more=aggs[1:], loc=walk.loc)
    return Run(printa, j + 2 - i, scratch, list(zip(aggs, funcs)), also)


def _key_order_copies(stmts: list[ir.Stmt], j: int, rows: str, lvars: list[str]) -> tuple[str, int]:
    """(the array holding the rows after, the index after) the copies from stmts[j]
    that store the rows in the keys' order, the last key column first
    (`foreach ([k1, k2+] in rows) by_key[k1, k2] = rows[k1, k2]; delete rows` ...):
    every column once, or none."""
    src, col, k = rows, len(lvars), j
    while col > 0 and k + 1 < len(stmts):
        c, gone = stmts[k], stmts[k + 1]
        body = one(c.body) if isinstance(c, ir.ForEach) else None
        if not (isinstance(c, ir.ForEach) and c.map == src and c.keys == lvars and c.value is None
                and c.sort_column == col and c.limit is None
                and isinstance(body, ir.ExprStmt) and isinstance(body.expr, ir.Assign) and body.expr.op == "="
                and isinstance(body.expr.target, ir.Index) and body.expr.target.map != src
                and local_vars(body.expr.target.keys, lvars)
                and isinstance(body.expr.value, ir.Index) and body.expr.value.map == src
                and local_vars(body.expr.value.keys, lvars)
                and isinstance(gone, ir.Delete) and gone.map == src and gone.keys is None):
            break
        src, col, k = body.expr.target.map, col - 1, k + 2
    return (src, k) if col == 0 else (rows, j)


def _read_as(x, agg: str) -> Optional[str]:
    """The statistic of `agg` node `x` reads, if it reads one."""
    if isinstance(x, ir.AggRead) and x.agg == agg:
        return x.func
    if isinstance(x, ir.PrintAgg) and x.agg == agg and x.layout != "stap":
        return x.value_func
    if isinstance(x, ir.ForEach) and x.map == agg and x.sort_column == 0:
        return x.sort_stat
    return None


def _values(row: ir.Printf) -> list[ir.AggRead]:
    out = []
    for a in row.args:
        if isinstance(a, ir.Ternary) and isinstance(a.then, ir.AggRead):
            out.append(a.then)
        elif isinstance(a, ir.AggRead):
            out.append(a)
    return out


def _format(row: ir.Printf, aggs: list[str], lvars: list[str], first_func: str) -> Optional[str]:
    """printa's format of the rows' printf: its keys in order, each aggregation's value
    in order (`%@`); None where the printf prints anything else."""
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(row.fmt) if m.group() != "%%"]
    if len(convs) != len(row.args):
        return None
    keys, nagg, fmt = 0, 0, row.fmt
    at = []
    for c, a in zip(convs, row.args):
        if isinstance(a, ir.Var) and a.scope == "local" and keys < len(lvars) and a.name == lvars[keys]:
            keys += 1
            continue
        if nagg >= len(aggs) or not _is_value(a, aggs[nagg], lvars, first_func if nagg == 0 else None):
            return None
        nagg += 1
        at.append(c)
    if nagg != len(aggs) or keys != len(lvars):
        return None
    for c in reversed(at):
        fmt = fmt[:c.start()] + "%@" + fmt[c.start() + 1:]
    return fmt


def _is_value(a: ir.Expr, agg: str, lvars: list[str], func: Optional[str]) -> bool:
    """`a` is the port's value of `agg` in a row: @f(agg[k..]), under `k in agg ? .. : 0`
    but for a count."""
    read = a
    if isinstance(a, ir.Ternary):
        if not (isinstance(a.cond, ir.InMap) and a.cond.map == agg and local_vars(a.cond.keys, lvars)
                and a.else_ == ir.IntLit(0)):
            return False
        read = a.then
    if not (isinstance(read, ir.AggRead) and read.agg == agg and not read.args
            and local_vars(read.keys, lvars)):
        return False
    if read is a and read.func != "count":
        return False
    return func is None or read.func == func
