"""`translate --force` to Vue: print(a) in place of a table Vue cannot lay out.

Vue has no loops, so a D aggregation table (END's dump, printa) and a stap
`foreach (k in a) printf(...)` loop cannot print their rows as the source
does. The refusal names the nearest Vue code: print(a) of the associative
array, in Vue's `[key] | value` layout, sorted as the source sorts. With
--force the printer emits that code (after a comment saying what differs)
when it shows the same facts: every key of the array with its value, or for a
D aggregation (a Vue list per key) each key's count, sum, min, max and avg,
which hold the statistic the source prints. Anything else (several
aggregations joined in one table, a row printing other arrays, a loop body
doing more than printing) stays a plain gap.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.mapagg import printed_line

from . import tables
from .strings import escape

# (code lines, what differs, the array they print) of a nearest print
Nearest = tuple[list[str], str, str]


def print_call(name: str, count: int, by: str, descending: bool, stat: Optional[str]) -> str:
    """print(name) with the options that make it show `count` entries (0: all) sorted
    by "key" or "value" (of a list array: the statistic `stat`)."""
    if (count, by, descending) == (0, "key", False):
        return f"print({name});"
    flags = ["SORT_BY_VALUE" if by == "value" else "SORT_BY_KEY",
             "SORT_TYPE_DESCEND" if descending else "SORT_TYPE_ASCEND"]
    if by == "value" and stat is not None:
        flags.append(f"USE_LIST_{stat.upper()}")
    return f"print({name}, {count}, {' | '.join(flags)});"


def _order(by: str, descending: bool) -> str:
    return f"by {by}, {'descending' if descending else 'ascending'}"


def _vue_shows(lists: bool) -> str:
    return ("Vue's print() shows a `[key] | value` header, then each key with the count, sum, "
            "min, max and avg of its list" if lists else
            "Vue's print() shows a `[key] | value` header, then each key with its value")


def agg_print(printer, s: ir.PrintAgg) -> Optional[Nearest]:
    """print(a) for a print-out of every element of a keyed aggregation (a Vue array of
    lists) in D's table layout or a row format; None when print(a) would not show
    what it shows."""
    g = printer.prog.global_named(s.agg)
    if (g is None or g.kind != "agg" or not printer.keyed(s.agg) or s.more or s.keys is not None
            or s.value_func not in tables.LIST_READ_FUNCS
            or s.layout not in ("dtrace", "format", "stap")):
        return None
    count = s.limit or 0
    code = print_call(s.agg, count, s.sort_by, s.descending, s.value_func)
    rows = f"the first {count} rows" if count else "one row per key"
    if s.layout == "stap":
        was = (f"stap prints {rows} of '{s.agg}' as `{s.agg}[k] @count=.. @min=.. @max=.. @sum=.. "
               f"@avg=..`, sorted {_order(s.sort_by, s.descending)}")
    elif s.layout == "dtrace":
        was = (f"D prints @{s.agg} as a blank line, then {rows}: its keys in DTrace's columns "
               f"and its {s.value_func} in %16d, sorted {_order(s.sort_by, s.descending)}")
    else:
        if s.fmt is None:
            return None
        was = (f"the script prints {rows} of '{s.agg}' (its {s.value_func}) with the format "
               f"{escape(s.fmt)}, sorted {_order(s.sort_by, s.descending)}")
    return [code], f"{was}; {_vue_shows(True)}, sorted the same way", s.agg


def _value_read(a: ir.Expr, f: ir.ForEach) -> bool:
    """`a` is the element's value, or a statistic of it (an array of lists)."""
    if isinstance(a, ir.Var) and a.scope == "local" and f.value is not None and a.name == f.value:
        return True
    keys = a.keys if isinstance(a, (ir.Index, ir.AggRead)) else None
    named = a.map if isinstance(a, ir.Index) else a.agg if isinstance(a, ir.AggRead) else None
    if named != f.map or keys is None or len(keys) != len(f.keys):
        return False
    if isinstance(a, ir.AggRead) and a.func not in tables.LIST_READ_FUNCS:
        return False
    return all(isinstance(k, ir.Var) and k.scope == "local" and k.name == n
               for k, n in zip(keys, f.keys))


def loop_print(printer, f: ir.ForEach) -> Optional[Nearest]:
    """print(a) for a foreach whose body only prints the element's keys and value
    (stap's `foreach ([k] in a-) printf("%s %d\\n", k, a[k])`); None for any other loop."""
    g = printer.prog.global_named(f.map)
    if g is None or g.kind not in ("map", "agg") or not f.keys:
        return None
    lists = g.kind == "agg"
    if lists and not printer.keyed(f.map):
        return None
    line = printed_line(f)
    if line is None:
        return None
    fmt, args, _ = line
    for a in args:
        if not (isinstance(a, ir.Var) and a.scope == "local" and a.name in f.keys or _value_read(a, f)):
            return None
    count = 0
    if f.limit is not None:
        if not isinstance(f.limit, ir.IntLit) or f.limit.value <= 0:
            return None
        count = f.limit.value
    if f.sort_column == 0:
        by, stat = "value", (f.sort_stat if lists else None)
        if stat is not None and stat not in tables.LIST_READ_FUNCS:
            return None
        order = f"sorted by value{f' (its {stat})' if stat else ''}, " \
                f"{'descending' if f.descending else 'ascending'}"
    elif f.sort_column is None:
        by, stat = "key", None
        order = "in the order the keys were first stored"
    else:
        by, stat = "key", None
        column = "" if f.sort_column == 1 else f" (Vue's sort is by every key column from the first, " \
                                               f"not by column {f.sort_column})"
        order = f"sorted by key, {'descending' if f.descending else 'ascending'}{column}"
    desc = f.descending and f.sort_column is not None
    code = print_call(f.map, count, by, desc, stat)
    rows = f"the first {count} elements" if count else "each element"
    was = (f"the loop prints {rows} of '{f.map}' with the format {escape(fmt)}, {order}")
    shown = "sorted by key, ascending" if f.sort_column is None else \
        "sorted the same way (equal values in ascending key order)" if f.sort_column == 0 else \
        "sorted the same way" if f.sort_column == 1 else "sorted by key"
    return [code], f"{was}; {_vue_shows(lists)}, {shown}", f.map


def range_print(printer, s: ir.PrintAgg) -> Optional[Nearest]:
    """print(a) for D's table of quantize()/lquantize() distributions of `s.agg`, which
    the translation counts into a range_t with qrange() (the same slots)."""
    if s.layout == "format" and s.fmt is None:
        return None
    count = s.limit or 0
    code = print_call(s.agg, count, s.sort_by, s.descending, None)
    rows = f"the first {count} keys" if count else "each key"
    others = ("0 and negative values, which D counts in rows of their own, are Vue's Others"
              if s.value_func == "quantize" else
              "the values below the base and from the limit on, which D shows in rows of their "
              "own, are Vue's Others")
    layout = "DTrace's value/Distribution/count rows" if s.layout == "dtrace" else \
        f"the format {escape(s.fmt or '')} with the distribution at %@"
    by = "its number of values" if s.sort_by == "value" else "key"
    return [code], (f"D prints {rows} of @{s.agg} with its {s.value_func}() distribution as "
                    f"{layout}, sorted by {s.sort_by}; Vue's print() shows each key with a "
                    f"Range/Count table of the same slots, sorted by {by}, and {others}"), s.agg


def hist_print(s: ir.PrintAgg, one_key: Optional[str] = None) -> Nearest:
    """print(a) for stap's loop printing each element's @hist_log/@hist_linear
    histogram (after its keys, if a printf prints them), which the translation counts
    into a range_t with qrange() (the same buckets: ir/histequiv.py). `one_key`: the
    constant key of the one element that holds a histogram stap keeps without keys
    (onekey_hist.py)."""
    code = print_call(s.agg, s.limit or 0, s.sort_by, s.descending, None)
    keys = " after its keys' printf" if s.fmt else ""
    outside = ("0 and negative values" if s.value_func == "hist_log" else
               "the values below start and above stop")
    if one_key is not None:
        return [code], (f"stap prints the @{s.value_func} histogram '{s.agg}' as `value |@@@@ "
                        f"count` rows; Vue counts it in the one element {s.agg}[{escape(one_key)}], "
                        f"whose print() shows that key above a Range/Count table of the same "
                        f"buckets, and {outside} are its Others"), s.agg
    by = "its number of values" if s.sort_by == "value" else "key"
    return [code], (f"stap prints each element's @{s.value_func} histogram of '{s.agg}'{keys} as "
                    f"`value |@@@@ count` rows; Vue's print() shows each key with a Range/Count "
                    f"table of the same buckets, sorted by {by}, and {outside} are its Others"), s.agg


def autoprint(s: ir.PrintVar) -> Nearest:
    """print(a) for stap's end-of-run print of an array it never read (`name[k]=v` rows,
    sorted by value, descending)."""
    return ([print_call(s.name, 0, "value", True, None)],
            f"stap prints each element of '{s.label or s.name}' as `{s.label or s.name}[k]=v`, "
            f"sorted by value, descending; {_vue_shows(False)}, sorted the same way (equal "
            "values in ascending key order)", s.name)
