"""Vue's print(), quantize() and lquantize() of an associative array, in the
layout conformance/vue/README.md documents.

ProbeVue's own layout is not quoted in IBM's documentation, so xtrace fixes
one: a header, then one row per element sorted by key (numbers numerically,
strings as bytes, several keys column by column); the key column is 32
characters wide, the keys of a multi-key array joined by ", ".
"""

from __future__ import annotations

KEY_WIDTH = 32
BAR_WIDTH = 40


def _key_text(key: tuple) -> str:
    return ", ".join(str(k) for k in key)


def _sort_key(key: tuple) -> tuple:
    # mixed-type columns cannot happen (Vue fixes key types at first use)
    return tuple((0, k, "") if isinstance(k, int) else (1, 0, str(k)) for k in key)


def _scale(v: object, layout: str) -> int:
    """The quantity a bar is linear in: the value's power of two (quantize) or its
    base-2 logarithm, counted from 1 (lquantize); 0 for values below 1."""
    if not isinstance(v, int) or v < 1:
        return 0
    if layout == "vue_quantize":
        return 1 << (v.bit_length() - 1)
    return v.bit_length()


def layout_with(layout: str, count: int, by: str, order: str) -> str:
    """`layout` ('vue', 'vue_quantize', 'vue_lquantize') carrying print options: the
    number of entries (0: all), sorted by "key" or "value", "asc" or "desc"
    (Vue's print(a, N, FLAGS) and set_aso_print_options(N, FLAGS))."""
    base = layout.partition(";")[0]
    if (count, by, order) == (0, "key", "asc"):
        return base
    return f"{base};{count};{by};{order}"


def layout_options(layout: str) -> tuple[str, int, str, str]:
    """(base layout, number of entries, sort by, order) of a layout `layout_with` built."""
    base, _, rest = layout.partition(";")
    if not rest:
        return base, 0, "key", "asc"
    count, by, order = rest.split(";")
    return base, int(count), by, order


def _value_key(v: object) -> tuple:
    return (0, v, "") if isinstance(v, int) else (1, 0, str(v))


def format_vue_map(layout: str, rows: list[tuple[tuple, object]]) -> str:
    """Every element of an associative array in `layout` ('vue', 'vue_quantize',
    'vue_lquantize', with the options of `layout_with`): by default every row, sorted
    by key, ascending; equal values sorted by value stay in key order."""
    layout, count, by, order = layout_options(layout)
    rows = sorted(rows, key=lambda kv: _sort_key(kv[0]))
    if by == "value":
        rows = sorted(rows, key=lambda kv: _value_key(kv[1]), reverse=order == "desc")
    elif order == "desc":
        rows.reverse()
    if count:
        rows = rows[:count]
    if layout == "vue":
        out = [f"{'[key]':<{KEY_WIDTH}} | value\n"]
        out += [f"{_key_text(k):<{KEY_WIDTH}} | {v}\n" for k, v in rows]
        return "".join(out)
    top = max((_scale(v, layout) for _, v in rows), default=0)
    out = [f"{'[key]':<{KEY_WIDTH}} | {'value':>10}  distribution\n"]
    for k, v in rows:
        n = round(BAR_WIDTH * _scale(v, layout) / top) if top else 0
        out.append(f"{_key_text(k):<{KEY_WIDTH}} | {v:>10}  |{'=' * n}\n")
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
