"""`translate --force` to D: printa() in place of a row-printing loop D cannot say.

The translation turns a stap `foreach` that prints each element of an
aggregation into printa() when printa shows the same rows in the same order
(ir/unionloop.py, ir/mapagg.py). A loop left over prints rows printa can
print but not in its order or cut (sorted on a later key column, unsorted, a
`limit` on a key order): the refusal says D can only print every element of an
aggregation, with printa. With --force that printa is printed, after a comment
saying how its order differs: the same rows (the loop's keys in order, its
value at `%@`), every one of them, sorted as printa sorts. A loop over an
array that is not an aggregation, or whose body does anything but print the
element's keys and value, stays a plain gap.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.mapagg import printed_line


def _order(f: ir.ForEach, names: list[str]) -> str:
    way = "descending" if f.descending else "ascending"
    if f.sort_column is None:
        return "in the order the elements were first seen"
    if f.sort_column == 0:
        return f"sorted by value, {way}"
    return f"sorted by its key '{names[f.sort_column - 1]}', {way}"


def _is_value(a: ir.Expr, f: ir.ForEach, func: str) -> bool:
    """`a` is the statistic D's aggregation holds of the loop's element: @func(a[k..]),
    or the loop's value variable (an aggregation's @count)."""
    if isinstance(a, ir.Var) and a.scope == "local" and f.value is not None and a.name == f.value:
        return func == "count"
    return (isinstance(a, ir.AggRead) and a.agg == f.map and a.func == func
            and len(a.keys) == len(f.keys)
            and all(isinstance(k, ir.Var) and k.scope == "local" and k.name == n
                    for k, n in zip(a.keys, f.keys)))


def loop_as_printa(f: ir.ForEach, agg_func: dict[str, str]) -> Optional[tuple[ir.PrintAgg, str]]:
    """(the printa, what differs) for a foreach over an aggregation whose body only prints
    the element's keys and value; None for any other loop."""
    if f.map not in agg_func or not f.keys:
        return None
    line = printed_line(f)
    if line is None:
        return None
    fmt, args, convs = line
    keys, value_at = [], None
    for i, a in enumerate(args):
        if isinstance(a, ir.Var) and a.scope == "local" and a.name in f.keys and a.name != f.value:
            keys.append(a.name)
        elif value_at is None and _is_value(a, f, agg_func[f.map]):
            value_at = i
        else:
            return None  # another column, or the value twice
    if keys != f.keys:
        return None  # printa prints every key, in order
    if value_at is not None and value_at != len(args) - 1:
        c = convs[value_at]
        fmt = fmt[:c.start()] + "%@" + fmt[c.start() + 1:]
    if f.limit is not None and not isinstance(f.limit, ir.IntLit):
        return None
    limit = f.limit.value if isinstance(f.limit, ir.IntLit) else None
    by = "value" if f.sort_column == 0 else "key"
    descending = f.descending and f.sort_column is not None
    pa = ir.PrintAgg(f.map, layout="format", fmt=fmt, value_func=agg_func[f.map], sort_by=by,
                     descending=descending, limit=limit, loc=f.loc)
    cut = f"the first {limit} rows" if limit else "every row"
    shown = (f"sorted by value, {'descending' if descending else 'ascending'}" if by == "value" else
             f"sorted by the keys from the first, {'descending' if descending else 'ascending'}")
    return pa, (f"the loop prints {cut} of '{f.map}' {_order(f, f.keys)}; printa prints the same "
                f"rows {shown}")

