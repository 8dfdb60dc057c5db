"""Vue's print(), quantize() and lquantize() of an associative array, in the
layout conformance/vue/README.md documents.

ProbeVue's own layout is not quoted in IBM's documentation, so xtrace fixes
one: a header, then one row per element sorted by key (numbers numerically,
strings as bytes, several keys column by column); the key column is 32
characters wide, the keys of a multi-key array joined by ", ".
"""

from __future__ import annotations

import struct
from typing import Callable, Optional

KEY_WIDTH = 32
BAR_WIDTH = 40


def _key_text(key: tuple) -> str:
    return ", ".join(_number(k) if isinstance(k, float) else str(k) for k in key)


def _number(x: float) -> str:
    """A float key or value: as %g prints it (`2.5`, `1e+20`)."""
    return f"{x:g}"


def _sort_key(key: tuple) -> tuple:
    # mixed-type columns cannot happen (Vue fixes key types at first use)
    return tuple((0, k, "") if isinstance(k, (int, float)) else (1, 0, str(k)) for k in key)


def _scale(v: object, layout: str) -> int:
    """The quantity a bar is linear in: the value's power of two (quantize) or its
    base-2 logarithm, counted from 1 (lquantize); 0 for values below 1."""
    if not isinstance(v, int) or v < 1:
        return 0
    if layout == "vue_quantize":
        return 1 << (v.bit_length() - 1)
    return v.bit_length()


def layout_with(layout: str, count: int, by: str, order: str, kinds: str = "") -> str:
    """`layout` ('vue', 'vue_quantize', 'vue_lquantize') carrying print options: the
    number of entries (0: all), sorted by "key" or "value", "asc" or "desc"
    (Vue's print(a, N, FLAGS) and set_aso_print_options(N, FLAGS)); `kinds` (see
    `with_kinds`) says which columns hold floats or stack traces."""
    base = layout.partition(";")[0]
    if (count, by, order) == (0, "key", "asc") and not kinds:
        return base
    return f"{base};{count};{by};{order}" + (f";{kinds}" if kinds else "")


def with_kinds(layout: str, keys: str, value: str) -> str:
    """`layout` with the kinds of the array's columns: one letter per key, then `=`
    and the value's: `f` a float/double (its IEEE-754 bits), `t` a stktrace_t value
    (runtime/xt_vstack.h text), `-` anything else. Unchanged when all are `-`."""
    kinds = f"{keys}={value}"
    if set(kinds) <= {"-", "="}:
        return layout
    base, count, by, order = layout_options(layout)
    return layout_with(base, count, by, order, kinds)


def layout_kinds(layout: str) -> tuple[str, str]:
    """(key kinds, value kind) of a layout `with_kinds` built ("", "-" without)."""
    parts = layout.split(";")
    if len(parts) < 5:
        return "", "-"
    keys, _, value = parts[4].partition("=")
    return keys, value or "-"


def layout_options(layout: str) -> tuple[str, int, str, str]:
    """(base layout, number of entries, sort by, order) of a layout `layout_with` built."""
    base, _, rest = layout.partition(";")
    if not rest:
        return base, 0, "key", "asc"
    count, by, order = rest.split(";")[:3]
    return base, int(count), by, order


def _value_key(v: object) -> tuple:
    return (0, v, "") if isinstance(v, (int, float)) else (1, 0, str(v))


def _as_float(v: object) -> object:
    return struct.unpack("<d", struct.pack("<q", v))[0] if isinstance(v, int) else v


def _one(kind: str, v: object, stack: Optional[Callable[[str], str]]) -> object:
    """A column's cell: a float column's bits as the float, a stack column's text as its
    frame lines."""
    if kind == "f":
        return _as_float(v)
    if kind == "t" and stack is not None:
        return _StackText(stack(str(v)), str(v))
    return v


def _kinded_key(key: tuple, keys: str, stack: Optional[Callable[[str], str]]) -> tuple:
    return tuple(_one(keys[i] if i < len(keys) else "-", k, stack) for i, k in enumerate(key))


def _kinded(rows: list[tuple[tuple, object]], keys: str, value: str,
            stack: Optional[Callable[[str], str]]) -> list[tuple[tuple, object]]:
    """Rows with float columns as floats and stack columns as their frame lines."""
    return [(_kinded_key(key, keys, stack), _one(value, v, stack)) for key, v in rows]


class _StackText(str):
    """A stack trace column: prints as its frame lines, sorts by its raw text."""

    def __new__(cls, text: str, raw: str) -> "_StackText":
        obj = super().__new__(cls, text)
        obj.raw = raw
        return obj


def _cell(v: object) -> str:
    return _number(v) if isinstance(v, float) else str(v)


def format_vue_map(layout: str, rows: list[tuple[tuple, object]],
                   stack: Optional[Callable[[str], str]] = None) -> str:
    """Every element of an associative array in `layout` ('vue', 'vue_quantize',
    'vue_lquantize', with the options of `layout_with`): by default every row, sorted
    by key, ascending; equal values sorted by value stay in key order. `stack` writes
    the frame lines of a stktrace_t column (`with_kinds`): a stack key prints its
    frames one a line, the last one followed by the value; a stack value prints
    on the lines after its key."""
    keys, value = layout_kinds(layout)
    layout, count, by, order = layout_options(layout)
    rows = _kinded(rows, keys, value, stack)
    rows = sorted(rows, key=lambda kv: _sort_key(kv[0]))
    if by == "value":
        rows = sorted(rows, key=lambda kv: _value_key(kv[1]), reverse=order == "desc")
    elif order == "desc":
        rows.reverse()
    if count:
        rows = rows[:count]
    if layout == "vue":
        out = [f"{'[key]':<{KEY_WIDTH}} | value\n"]
        for k, v in rows:
            key = _key_text(k)
            head, _, last = key.rstrip("\n").rpartition("\n")
            if head:
                out.append(head + "\n")
            if isinstance(v, _StackText):
                out.append(f"{last:<{KEY_WIDTH}} |\n" + "".join(" " * (KEY_WIDTH + 3) + ln + "\n"
                                                             for ln in v.splitlines()))
            else:
                out.append(f"{last:<{KEY_WIDTH}} | {_cell(v)}\n")
        return "".join(out)
    top = max((_scale(v, layout) for _, v in rows), default=0)
    out = [f"{'[key]':<{KEY_WIDTH}} | {'value':>10}  distribution\n"]
    for k, v in rows:
        n = round(BAR_WIDTH * _scale(v, layout) / top) if top else 0
        out.append(f"{_key_text(k):<{KEY_WIDTH}} | {v:>10}  |{'=' * n}\n")
    return "".join(out)


# print() of an associative array of range_t distributions (qrange()): IBM's page
# shows each distribution as a "Range Count" table, a slot a row ("0 - 5", "1 - 2",
# "read, write, open") and "Others" last. Its spacing could not be read, so the
# table goes on the lines after each key, as a stack value does, in these columns.
RANGE_LABEL_WIDTH = 24


def _range_slots(kind: str, labels: list[str], params: list[int],
                 data: list[int]) -> tuple[list[tuple[str, int]], int]:
    """((label, count) per printed slot, the Others' count) of one element's buckets:
    lquantize buckets for 'linear' (params base, limit, step) and 'strings' (slot i is
    bucket i + 1), quantize buckets for 'power' (1 - 2 is bucket 64; slots printed
    from the lowest used to the highest used)."""
    if kind == "power":
        used = [i for i in range(64, len(data)) if data[i]]
        slots = [(f"{1 << (i - 64)} - {1 << (i - 63)}", data[i])
                 for i in range(used[0], used[-1] + 1)] if used else []
        return slots, sum(data[:64])
    levels = len(data) - 2
    if kind == "strings":
        return [(labels[i], data[i + 1]) for i in range(levels)], data[0] + data[-1]
    base, _, step = params
    return ([(f"{base + i * step} - {base + (i + 1) * step}", data[i + 1]) for i in range(levels)],
            data[0] + data[-1])


def format_vue_ranges(layout: str, fmt: str, params: list[int], nbuckets: int, rows: list,
                      stack: Optional[Callable[[str], str]] = None) -> str:
    """print() of an associative array of ranges: the `[key] | value` header, then each
    key (sorted as format_vue_map sorts; by value: the element's number of values)
    followed by its slots' table. `fmt` is the JSON frontends/vue/ranges.py writes (the
    kind of slots and the string slots' labels); `rows` are (key, row) with the row's
    buckets (`row.bucket_list(n)`) and `row.count`."""
    import json

    info = json.loads(fmt)
    keys, _ = layout_kinds(layout)
    _, count, by, order = layout_options(layout)
    rows = [(_kinded_key(k, keys, stack), r) for k, r in rows if r.count]
    rows = sorted(rows, key=lambda kv: _sort_key(kv[0]))
    if by == "value":
        rows = sorted(rows, key=lambda kv: kv[1].count, reverse=order == "desc")
    elif order == "desc":
        rows.reverse()
    if count:
        rows = rows[:count]
    pad = " " * (KEY_WIDTH + 3)
    out = [f"{'[key]':<{KEY_WIDTH}} | value\n"]
    for k, r in rows:
        head, _, last = _key_text(k).rstrip("\n").rpartition("\n")
        if head:
            out.append(head + "\n")
        out.append(f"{last:<{KEY_WIDTH}} |\n")
        slots, others = _range_slots(info["kind"], info.get("labels", []), params,
                                     r.bucket_list(nbuckets))
        out.append(f"{pad}{'Range':<{RANGE_LABEL_WIDTH}} Count\n")
        for label, n in slots + [("Others", others)]:
            out.append(f"{pad}{label:<{RANGE_LABEL_WIDTH}} {n}\n")
    return "".join(out)


LIST_STATS = ("count", "sum", "min", "max", "avg")


def format_vue_lists(layout: str, rows: list, stat: str,
                     stack: Optional[Callable[[str], str]] = None) -> str:
    """print() of an associative array of lists: one row per key with the list's
    count, sum, min, max and avg in columns of 10 (an empty list shows 0s); `rows`
    are (key, row) with `row.value(name)` giving each statistic. Sorted as
    format_vue_map sorts, a sort by value using `stat` (USE_LIST_SUM ...: count
    without one)."""
    keys, _ = layout_kinds(layout)
    _, count, by, order = layout_options(layout)
    rows = [(_kinded_key(k, keys, stack), r) for k, r in rows]
    rows = sorted(rows, key=lambda kv: _sort_key(kv[0]))
    if by == "value":
        rows = sorted(rows, key=lambda kv: kv[1].value(stat), reverse=order == "desc")
    elif order == "desc":
        rows.reverse()
    if count:
        rows = rows[:count]
    out = [f"{'[key]':<{KEY_WIDTH}} | " + " ".join(f"{name:>10}" for name in LIST_STATS) + "\n"]
    for k, r in rows:
        head, _, last = _key_text(k).rstrip("\n").rpartition("\n")
        if head:
            out.append(head + "\n")
        out.append(f"{last:<{KEY_WIDTH}} | " + " ".join(f"{r.value(name):>10}" for name in LIST_STATS) + "\n")
    return "".join(out)


# ptree(): IBM's layout could not be read (see docs/vue-real-scripts.md), so this is
# xtrace's: a header, the ancestors from init down with a `|` / `V` connector below
# each, the probed process marked `<=======`, then its descendants, each on a
# `\--PID  CMD` line under a `|`, four columns further right per level.
PTREE_PID_WIDTH = 13
PTREE_MARK = "<======="


def format_ptree(entries: list[tuple[int, int, str]]) -> str:
    """The tree of (level, pid, name) entries (ancestors negative, the process 0,
    descendants their depth below it, in depth-first order), as ptree() prints it."""
    out = [f"{'PID':<{PTREE_PID_WIDTH}}CMD"]
    down = " " * (PTREE_PID_WIDTH + 2)
    for level, pid, name in entries:
        if level < 0:
            out += [f"{pid:<{PTREE_PID_WIDTH}}{name}", down + "|", down + "V"]
        elif level == 0:
            out.append(f"{pid:<{PTREE_PID_WIDTH}}{name}  {PTREE_MARK}")
        else:
            indent = " " * (PTREE_PID_WIDTH + 4 * level)
            out += [indent + "|", f"{indent}\\--{pid}  {name}"]
    return "\n".join(out) + "\n"
