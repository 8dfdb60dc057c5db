"""A D aggregation of one constant key, printed in Vue as the printf of its one row.

Vue has no loops, so a keyed aggregation's table (one row per key, sorted)
has no Vue form in general. An aggregation every update of which names the same
constant key (`@late["late"] = count()`, `@[1] = sum(x)`) holds at most that one
row, which needs no walk and no sort: its print is the printf of that row in
DTrace's columns, guarded as a list without keys is (printer.py unkeyed_row), so
that an aggregation nothing was added to prints no row:

    printf("\\n");                                   D's END layout and printa(@a):
    if (count(late["late"]) > 0)                    a blank line, then the key in
        printf("  %-50s %16d\\n", "late", count(late["late"]));   its column and the value

    if (count(a["k"]) > 0)                          printa("%s %@d\\n", @a): the key's
        printf("k %d\\n", sum(a["k"]));             literal of a plain %s written into
                                                    the format (ir/printflits.py)

This is the Vue a ProbeVue user writes for a counter under a fixed name; the
Vue frontend reads it back as the print of the aggregation (listprints.py), so
that the way back to D is the printa() (or the end-of-run dump) it came from.
"""

from __future__ import annotations

from typing import Optional

from xtrace.frontends.stap.print_agg import _dtrace_key_fmt as dtrace_key_format
from xtrace.ir import nodes as ir
from xtrace.ir.onekey import same_literals
from xtrace.ir.types import INT32, INT64, STRING, Type

_CONV = ir.PRINTF_CONVERSION


def key_row_format(key_types: list) -> str:
    """DTrace's row of one element: each key in its type's column, then the value."""
    return "".join(dtrace_key_format(t) for t in key_types) + " %16d\n"


def literal_types(keys: list[ir.Expr]) -> list[Type]:
    """The types of a key's literals as D gives them (a string; an int, or a long
    long past int's range), which DTrace's columns go by."""
    return [STRING if isinstance(k, ir.StrLit) else INT32 if -2**31 <= k.value < 2**31 else INT64
            for k in keys]


def row_args(fmt: str, keys: list[ir.Expr], value: ir.Expr) -> Optional[tuple[str, list[ir.Expr]]]:
    """(the printf format, its arguments) of a printa() format for one element: the
    value at the one conversion flagged `%@`, the keys in order at the others; with
    no flag the keys, then the value (D's order). None when the conversions do not
    take the keys and the value so (a format of the keys alone: the Vue frontend
    reads a row back only with its value)."""
    if fmt.count("%@") > 1 or "*" in fmt:
        return None
    plain = fmt.replace("%@", "%")
    n = sum(1 for m in _CONV.finditer(plain) if m.group(1) != "%")
    if "%@" in fmt:
        before = fmt[:fmt.index("%@")]
        at = sum(1 for m in _CONV.finditer(before) if m.group(1) != "%")
    else:
        at = len(keys)
    if n != len(keys) + 1 or at > len(keys):
        return None
    rest = iter(keys)
    return plain, [value if i == at else next(rest) for i in range(n)]


def unfolded(fmt: str, args: list[ir.Expr], keys: list[ir.Expr]) -> Optional[tuple[str, list[ir.Expr]]]:
    """The printf of a row (`fmt`, `args`) as the printer had it before it wrote the
    key's string literals of plain `%s`es into the format (ir/printflits.py): the
    format with `%s` back where each such key's text is, and the keys back among the
    arguments, the value where it was among them; None when the row does not read so."""
    at_value = next((i for i, a in enumerate(args) if isinstance(a, ir.AggRead)), None)
    if at_value is None or len(args) > len(keys) + 1:
        return None
    before, after = args[:at_value], args[at_value + 1:]
    for at in [len(keys), *range(len(keys))]:  # (the value after the keys first: D's order)
        out = _unfold_at(fmt, before, after, keys, at)
        if out is not None:
            return out, [*keys[:at], args[at_value], *keys[at:]]
    return None


def _unfold_at(fmt: str, before: list[ir.Expr], after: list[ir.Expr], keys: list[ir.Expr],
               at: int) -> Optional[str]:
    """`fmt` unfolded for the value at place `at` among the keys, or None."""
    present = [*before, None, *after]  # None: the value
    full = [*keys[:at], None, *keys[at:]]
    convs = [m for m in _CONV.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(present):
        return None
    out, pos, i = [], 0, 0  # i: the next present argument (and its conversion)
    for item in full:
        if i < len(present) and (item is None if present[i] is None
                                 else item is not None and same_literals([item], [present[i]])):
            out.append(fmt[pos:convs[i].end()])
            pos, i = convs[i].end(), i + 1
            continue
        if not isinstance(item, ir.StrLit):
            return None
        text = item.value.replace("%", "%%")
        stop = convs[i].start() if i < len(convs) else len(fmt)
        where = fmt.find(text, pos, stop)
        if where < 0 or not text:
            return None
        out.append(fmt[pos:where] + "%s")
        pos = where + len(text)
    if i != len(present):
        return None
    return "".join(out) + fmt[pos:]
