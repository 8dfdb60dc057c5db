"""Formatting merged aggregations and arrays the way each tool's users expect.

The layouts are named in the IR (`PrintAgg.layout`), so this module never
asks which language a script was written in. What an element holds beyond
count/sum/min/max (sum of squares, stap's Welford state, histogram buckets)
is described by the aggregation's spec (ir/aggspec.py, in the manifest).

DTrace's layouts follow libdtrace's consumer (dt_consume.c: the
value/Distribution/count blocks with 40-character bars, one zero row either
side of the used buckets; dt_aggregate.c: the value order). stap's follow its
runtime (stat-common.c: 50-character bars scaled to the largest bucket, up to
two zero rows either side, `~` for elided zero runs; stat.c: the cross-CPU
merge of @variance).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import isqrt
from typing import Optional

from . import doptval
from .format import Piece, apply_format, compile_format, format_one

_M64 = (1 << 64) - 1
_M128 = (1 << 128) - 1
HIST_FUNCS = ("quantize", "lquantize", "llquantize", "hist_log", "hist_linear")


def _s64(v: int) -> int:
    """v wrapped to a signed 64-bit integer (the kernel's and libdtrace's arithmetic)."""
    v &= _M64
    return v - (1 << 64) if v >> 63 else v


def _cdiv(a: int, b: int) -> int:
    """C's truncating integer division (0 for a zero divisor, as stap's _stp_div64)."""
    if b == 0:
        return 0
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


# ------------------------------------------------------------------ rows


@dataclass
class AggRow:
    """One element merged over CPUs.

    sumsq: stddev's sum of squares (128 bits, as DTrace keeps it).
    parts: stap @variance, per CPU (count, avg_s, variance_s): stap merges
           CPUs with these, not with the sums.
    buckets: histogram buckets (index -> count), None without a histogram.
    """

    key: tuple
    count: int
    sum: int
    min: int
    max: int
    sumsq: int = 0
    parts: list = field(default_factory=list)
    buckets: Optional[dict] = None
    spec: dict = field(default_factory=dict, compare=False, repr=False)
    keep: bool = False  # printed even with no values: a key D's clear() zeroed

    def merge(self, count, total: int = 0, lo: int = 0, hi: int = 0) -> None:
        """Add another CPU's entry: an AggRow, or (count, sum, min, max)."""
        if isinstance(count, AggRow):
            o = count
            self.merge(o.count, o.sum, o.min, o.max)
            self.sumsq = (self.sumsq + o.sumsq) & _M128
            self.parts.extend(o.parts)
            if o.buckets is not None:
                if self.buckets is None:
                    self.buckets = {}
                for i, c in o.buckets.items():
                    self.buckets[i] = _s64(self.buckets.get(i, 0) + c)
            return
        self.count = _s64(self.count + count)
        self.sum = _s64(self.sum + total)
        self.min = min(self.min, lo)
        self.max = max(self.max, hi)

    @property
    def shift(self) -> int:
        return self.spec.get("welford_shift") or 0

    def value(self, func: str) -> int:
        if func == "count":
            return self.count
        if func == "sum":
            return self.sum
        if func == "min":
            return self.min if self.count else 0
        if func == "max":
            return self.max if self.count else 0
        if func == "avg":
            # Truncating toward zero, as the kernel's and libdtrace's division;
            # stap computes it in its @variance fixed point.
            sh = self.shift
            return _cdiv(_s64(self.sum << sh), self.count) >> sh if self.count else 0
        if func == "stddev":
            return dtrace_stddev(self.count, self.sum, self.sumsq)
        if func == "variance":
            return stap_variance(self.count, self.sum, self.parts, self.shift)
        raise ValueError(func)

    def bucket_list(self, n: int) -> list[int]:
        out = [0] * n
        for i, c in (self.buckets or {}).items():
            if 0 <= i < n:
                out[i] = c
        return out


def dtrace_stddev(count: int, total: int, sumsq: int) -> int:
    """libdtrace's stddev: sqrt(avg(x^2) - avg(x)^2) in 128-bit integers, truncated."""
    if not count:
        return 0
    avg_sq = (sumsq & _M128) // (count & _M64)
    avg = abs(_cdiv(total, count))
    return isqrt((avg_sq - avg * avg) & _M128)


def stap_variance(count: int, total: int, parts: list, shift: int) -> int:
    """stap's @variance: per-CPU Welford states merged as its runtime does
    (S1 = sum n_i (avg_i - avg)^2, S2 = sum (n_i - 1) var_i, (S1 + S2) / (n - 1)),
    in its 64-bit fixed point with `shift` bits."""
    if count < 2:
        return 0
    avg = _cdiv(_s64(total << shift), count)
    s1 = s2 = 0
    for n, avg_i, var_i in parts:
        if n:
            d = _s64(avg_i - avg)
            s1 = _s64(s1 + _s64(_s64(n * d) * d))
            s2 = _s64(s2 + _s64((n - 1) * var_i))
    return _cdiv(_s64(s1 + s2), count - 1) >> (2 * shift)


# ------------------------------------------------------------------ buckets


def quantize_bucket_value(i: int) -> int:
    """The value DTrace labels quantize() bucket i with."""
    if i < 63:
        return -(1 << (62 - i))
    return 0 if i == 63 else 1 << (i - 64)


def quantize_bucket(v: int) -> int:
    """DTrace quantize()'s bucket of v (what the kernel's xt_q_pow2 computes)."""
    if v == 0:
        return 63
    if v > 0:
        return 63 + v.bit_length()
    return max(63 - (-v).bit_length(), 0)


def lquantize_bucket(v: int, base: int, limit: int, step: int) -> int:
    levels = (limit - base) // step
    val = _s64(v) & 0xFFFFFFFF
    val = val - (1 << 32) if val >> 31 else val
    if val < base:
        return 0
    level = (val - base) // step
    return level + 1 if level < levels else levels + 1


def hist_log_bucket(v: int) -> int:
    """stap @hist_log's bucket of v."""
    if v == 0:
        return 64
    return 64 + v.bit_length() if v > 0 else 64 - (-v).bit_length()


def hist_log_value(i: int) -> int:
    """The value stap labels @hist_log bucket i with."""
    if i == 64:
        return 0
    if i < 64:
        return -(1 << (63 - i))
    return 1 << (i - 65)


def hist_linear_bucket(v: int, start: int, stop: int, interval: int) -> int:
    nb = (stop - start) // interval + 3
    val = _s64(v - start)  # 64-bit, as stap's runtime subtracts
    if val < 0:
        return 0
    b = val // interval + 1
    return nb - 1 if b >= nb - 1 else b


# ------------------------------------------------------------------ DTrace blocks

_DIST_HEADER = "\n{:>16} {:>41} {:<9}\n".format("value", "------------- Distribution -------------", "count")


def _quantline(val: int, total: int, positives: bool, negatives: bool) -> str:
    """One bar of a DTrace distribution: 40 characters of '@' scaled to the total."""
    width = 40

    def depth(w: int) -> int:  # (uint)(|val| * w / total + 0.5)
        return (2 * abs(val) * w + total) // (2 * total) if total else 0

    if not negatives:
        d = depth(width) if positives else 0
        return f"|{'@' * d}{' ' * (width - d)} {val:<9d}\n"
    if not positives:
        d = depth(width)
        return f"{' ' * (width - d)}{'@' * d}| {val:<9d}\n"
    half = width // 2
    d = depth(half)
    if val <= 0:
        return f"{' ' * (half - d)}{'@' * d}|{' ' * half} {val:<9d}\n"
    return f"{' ' * half}|{'@' * d}{' ' * (half - d)} {val:<9d}\n"


def _distribution(labels: list[str], data: list[int]) -> str:
    """Header and rows for buckets data[i] labelled labels[i] (already trimmed)."""
    total = sum(abs(x) for x in data)
    pos = any(x > 0 for x in data)
    neg = any(x < 0 for x in data)
    return _DIST_HEADER + "".join(f"{lab:>16} " + _quantline(x, total, pos, neg)
                                  for lab, x in zip(labels, data))


def _trim(data: list[int], empty: tuple[int, int]) -> tuple[int, int]:
    """The bucket range DTrace prints: the used buckets and one zero bucket
    either side (where there is one); `empty` when nothing was counted."""
    used = [i for i, x in enumerate(data) if x]
    if not used:
        return empty
    return max(used[0] - 1, 0), min(used[-1] + 1, len(data) - 1)


def dtrace_quantize(data: list[int]) -> str:
    # libdtrace looks for the first used bucket below the last one only: a
    # histogram whose only values are >= 2^62 prints as an empty one.
    first, last = _trim(data, (62, 64)) if any(data[:-1]) else (62, 64)
    return _distribution([str(quantize_bucket_value(i)) for i in range(first, last + 1)],
                         data[first:last + 1])


def dtrace_lquantize(data: list[int], base: int, limit: int, step: int) -> str:
    levels = (limit - base) // step
    first, last = _trim(data, (0, 2))
    labels = []
    for i in range(first, last + 1):
        if i == 0:
            labels.append(f"< {base}")
        elif i == levels + 1:
            labels.append(f">= {base + levels * step}")
        else:
            labels.append(str(base + (i - 1) * step))
    return _distribution(labels, data[first:last + 1])


def _llquantize_values(factor: int, low: int, high: int, nsteps: int) -> list[int]:
    """The value each llquantize bucket starts at; bucket 0 is everything below
    factor**low, the last one everything from its value up."""
    value = factor ** low
    out = [value]  # bucket 0 is labelled "< value"
    nxt = value * factor
    step = nxt // nsteps if nxt > nsteps else 1
    order = low
    while order <= high:
        out.append(value)
        value += step
        if value != nxt:
            continue
        nxt = value * factor
        step = nxt // nsteps if nxt > nsteps else 1
        order += 1
    out.append(value)  # the top bucket, ">= value"
    return out


def dtrace_llquantize(data: list[int], factor: int, low: int, high: int, nsteps: int) -> str:
    values = _llquantize_values(factor, low, high, nsteps)
    n = min(len(data), len(values))
    data = data[:n]
    first, last = _trim(data, (0, 1))
    labels = []
    for i in range(first, last + 1):
        if i == 0:
            labels.append(f"< {values[0]}")
        elif i == n - 1 and i == len(values) - 1:
            labels.append(f">= {values[i]}")
        else:
            labels.append(str(values[i]))
    return _distribution(labels, data[first:last + 1])


def dtrace_hist_block(func: str, params: list[int], data: list[int]) -> str:
    if func == "quantize":
        return dtrace_quantize(data)
    if func == "lquantize":
        return dtrace_lquantize(data, *params)
    if func == "llquantize":
        return dtrace_llquantize(data, *params)
    raise ValueError(f"{func} has no DTrace layout")


def _dtrace_hist_order(func: str, params: list[int], data: list[int]) -> tuple[int, int]:
    """libdtrace's value order of histograms: the bucket-weighted sum, then the
    count at zero (dt_aggregate.c)."""
    if func == "quantize":
        return sum(quantize_bucket_value(i) * x for i, x in enumerate(data)), data[63]
    if func == "lquantize":
        base, limit, step = params
        levels = (limit - base) // step
        total = data[0] * (base - 1)
        zero = data[0] if base - 1 == 0 else 0
        for i in range(levels):
            v = base + i * step
            total += data[i + 1] * v
            if v == 0:
                zero = data[i + 1]
        top = base + levels * step + 1
        total += data[levels + 1] * top
        if top == 0:
            zero = data[levels + 1]
        return total, zero
    if func == "llquantize":
        values = _llquantize_values(*params)
        total = data[0] * (values[0] - 1)
        total += sum(values[i] * data[i] for i in range(1, min(len(data), len(values))))
        return total, data[0]
    return 0, 0


# ------------------------------------------------------------------ stap histogram


def _space(v: int) -> int:
    """Characters of v in decimal, with its sign (stap's needed_space)."""
    return len(str(v))


def stap_histogram(func: str, params: list[int], data: list[int]) -> str:
    """stap's print(@hist_log(..)) / print(@hist_linear(..)) text for merged buckets."""
    width, elision = 50, 2
    nb = len(data)
    linear = func == "hist_linear"
    used = [i for i, x in enumerate(data) if x > 0]
    if not used:
        return ""
    low, high = used[0], used[-1]
    valmax = max(data)
    for _ in range(2):
        if linear:
            if low > 0:
                low -= 1
        elif low != 64 and low > 0:
            low -= 1  # a log histogram goes negative only for negative values
        if high < nb - 1:
            high += 1
    under = over = 0
    if linear:
        if low == 0 and data[0] == 0:
            low += 1
        if high == nb - 1 and data[high] == 0:
            high -= 1
        under = int(low == 0)
        over = int(high == nb - 1)
    scale = 1 if valmax <= width else -(-valmax // width)
    cnt_space = _space(valmax)
    if linear:
        start, _stop, interval = params
        val_space = max(_space(start) + under, _space(start + interval * high) + over)
    else:
        val_space = max(_space(hist_log_value(high)), _space(hist_log_value(low)))
    val_space = max(val_space, 5)
    out = [f"{'value':>{val_space}} |{'-' * width} count\n"]
    eliding = False
    for i in range(low, high + 1):
        lo, hi = max(low, i - elision), min(high, i + elision)
        if all(data[k] == 0 for k in range(lo, hi + 1)):
            eliding = True
            continue
        if eliding:
            out.append(f"{'':>{val_space}} ~\n")
            eliding = False
        prefix = ""
        if linear:
            start, _stop, interval = params
            if i == 0:
                val, prefix = start, "<"
            elif i == nb - 1:
                val, prefix = start + (i - 2) * interval, ">"
            else:
                val = start + (i - 1) * interval
        else:
            val = hist_log_value(i)
        bar = data[i] // scale
        out.append(f"{prefix:>{val_space - _space(val)}}{val} |{'@' * bar}"
                   f"{data[i]:>{width - bar + 1 + cnt_space}}\n")
    out.append("\n")
    return "".join(out)


# ------------------------------------------------------------------ tables


def _dtrace_key_format(f: dict) -> str:
    if f["kind"] in ("str", "d_ufunc", "d_uaddr", "d_umod", "d_func", "d_mod"):  # D's symbols: text
        return "  %-50s"
    if f["kind"] in ("ustack", "kstack"):  # the frames, each on its own line, then the value
        return "%s"
    return {8: " %3d", 16: " %5d", 32: " %8d"}.get(f["bits"], " %16d")


def dtrace_row_format(keys: list[dict]) -> str:
    """DTrace's default row: each key by its type, then the value as " %16lld"."""
    return "".join(_dtrace_key_format(f) for f in keys) + " %16d\n"


def _sort_key(key: tuple) -> tuple:
    # Keys mix ints and strings per position, never within one position.
    return key


def _rotated(key: tuple, pos: int) -> tuple:
    """The key compared from position `pos` on, wrapping (DTrace's aggsortkeypos)."""
    if not key or not pos:
        return key
    pos %= len(key)
    return key[pos:] + key[:pos]


def _ordered(rows: list[AggRow], spec: dict, func: str, agg_spec: dict,
             value_of=None) -> list[AggRow]:
    """Rows in DTrace's order (dt_aggregate.c): by value, ties by key; with aggsortkey
    by key, ties by value; aggsortkeypos picks the key position compared first,
    aggsortrev reverses. `value_of` overrides the value (several aggregations:
    the one aggsortpos names)."""
    keypos = int(spec.get("sort_keypos") or 0)
    if value_of is not None:
        val = value_of
    elif func in HIST_FUNCS:
        nb = agg_spec.get("nbuckets", 0)
        params = agg_spec.get("params", [])

        def val(r: AggRow):
            return _dtrace_hist_order(func, params, r.bucket_list(nb))
    else:
        def val(r: AggRow):
            return r.value(func)
    if spec.get("sort_by") == "key":
        rows = sorted(rows, key=lambda r: (_sort_key(_rotated(r.key, keypos)), val(r)),
                      reverse=bool(spec.get("descending")))
    else:
        # By value, ties broken by key (DTrace's order; stap leaves ties unspecified).
        rows = sorted(rows, key=lambda r: (val(r), _sort_key(_rotated(r.key, keypos))),
                      reverse=bool(spec.get("descending")))
    if spec.get("limit"):
        rows = rows[:spec["limit"]]
    return rows


def with_options(spec: dict, options: dict) -> dict:
    """A print spec with DTrace's consumer options applied (#pragma, -x, setopt)."""
    if not options:
        return spec
    spec = dict(spec)
    if "aggsortkey" in options:
        spec["sort_by"] = "key" if option_on(options["aggsortkey"]) else "value"
    if "aggsortrev" in options:
        spec["descending"] = option_on(options["aggsortrev"])
    for name, key in (("aggsortpos", "sort_pos"), ("aggsortkeypos", "sort_keypos")):
        if name in options:
            spec[key] = option_number(options[name])
    return spec


def option_on(v) -> bool:
    """Whether a toggle holding `v` is set: True (said with no value), False or
    None (never said), or the text a pragma or setopt() gave, read as libdtrace's
    dt_opt_runtime reads it (runtime/doptval.py: "0" sets it, "no" and "" unset it)."""
    if v is None or isinstance(v, bool):
        return bool(v)
    try:
        return doptval.toggle_on(str(v))
    except doptval.OptionValueError:
        return False


def option_number(v) -> int:
    """A sort position holding `v`: a number (a pragma's), True (a setopt() without a
    value, which hands libdtrace "1"), or setopt()'s text; unset is the default, 0."""
    if v is True:
        return 1
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    if v is None or v is False:
        return 0
    try:
        n = doptval.runtime_value(str(v))
    except doptval.OptionValueError:
        return 0
    return n or 0


def _stap_value(v) -> str:
    return f'"{v}"' if isinstance(v, str) else str(v)


def _value_text(func: str, agg_spec: dict, r: AggRow) -> Optional[str]:
    """A histogram's DTrace block (None for a plain statistic)."""
    if func in ("quantize", "lquantize", "llquantize"):
        return dtrace_hist_block(func, agg_spec.get("params", []), r.bucket_list(agg_spec["nbuckets"]))
    return None


def _format_with_block(pieces: list[Piece], nkeys: int, key: tuple, block: str) -> str:
    """A printa format whose value conversion (after the key conversions) prints a
    histogram block in its place, as libdtrace does for %@ of a quantization."""
    out, n = [], 0
    keys = iter(key)
    for p in pieces:
        if p.conv is None:
            out.append(p.text)
            continue
        if n == nkeys:
            out.append(block)
        else:
            out.append(apply_format([p], [next(keys)]))
        n += 1
    return "".join(out)


def shown_rows(rows: list[AggRow]) -> list[AggRow]:
    """The rows a print shows: those updated, and the keys clear() zeroed (kept)."""
    return [r for r in rows if r.count or r.keep]


def _normalized(r: AggRow, normal: int) -> AggRow:
    """The row as DTrace prints it after normalize(@, n): every value divided by n."""
    if normal in (0, 1):
        return r
    out = AggRow(r.key, r.count, r.sum, r.min, r.max, r.sumsq, list(r.parts),
                 None if r.buckets is None else {i: _cdiv(c, normal) for i, c in r.buckets.items()},
                 spec=r.spec, keep=r.keep)
    out.normal = normal  # type: ignore[attr-defined]
    return out


def _value(r: AggRow, func: str) -> int:
    return _cdiv(r.value(func), getattr(r, "normal", 1))


def format_multi(spec: dict, aggs: list[dict], rows_by_agg: list[list[AggRow]],
                 normals: Optional[list[int]] = None) -> str:
    """DTrace's printa of several aggregations (or of one with a format using `%@`
    anywhere): the elements joined on their keys (0 where an aggregation lacks a
    key), sorted by the value of aggregation number aggsortpos."""
    funcs = [spec.get("value_func") or "count"] + list(spec.get("more_funcs") or [])
    funcs += ["count"] * (len(aggs) - len(funcs))
    normals = normals or [1] * len(aggs)
    table: dict[tuple, list[Optional[AggRow]]] = {}
    for i, rows in enumerate(rows_by_agg):
        for r in shown_rows(rows):
            table.setdefault(r.key, [None] * len(aggs))[i] = _normalized(r, normals[i])
    pos = min(int(spec.get("sort_pos") or 0), len(aggs) - 1)

    def cell(cells, i) -> int:
        return _value(cells[i], funcs[i]) if cells[i] is not None else 0

    def blank(key) -> AggRow:
        return AggRow(key, 0, 0, 0, 0)

    keyed = [blank(k) for k in table]
    ordered = _ordered(keyed, spec, funcs[pos], {}, value_of=lambda r: cell(table[r.key], pos))
    out = []
    if spec["layout"] == "dtrace":
        keyfmt = compile_format("".join(_dtrace_key_format(f) for f in aggs[0]["keys"]))
        out.append("\n")
        for r in ordered:
            cells = table[r.key]
            out.append(apply_format(keyfmt, list(r.key)))
            for i, a in enumerate(aggs):
                block = _value_text(funcs[i], a.get("spec") or {}, cells[i]) if cells[i] else None
                out.append(block + "\n" if block is not None else f" {cell(cells, i):16d}")
            out.append("\n")
        return "".join(out)
    pieces = compile_format(spec["fmt"])
    for r in ordered:
        cells = table[r.key]
        keys, nagg = iter(r.key), 0
        for p in pieces:
            if p.conv is None:
                out.append(p.text)
            elif "@" in p.flags:
                i = nagg
                nagg += 1
                block = None
                if i < len(aggs) and cells[i] is not None:
                    block = _value_text(funcs[i], aggs[i].get("spec") or {}, cells[i])
                out.append(block if block is not None else
                           format_one(p, cell(cells, i) if i < len(aggs) else 0))
            else:
                out.append(format_one(p, next(keys, ""), symbolize=spec.get("symbolize")))
    return "".join(out)


def format_agg(spec: dict, agg: dict, rows: list[AggRow], normal: int = 1) -> str:
    """One printed aggregation (merged rows) in the layout `spec` names."""
    func = spec.get("value_func") or "count"
    agg_spec = agg.get("spec") or {}
    layout = spec["layout"]
    if layout.partition(";")[0] == "vue_range":  # Vue's print() of range_t distributions
        from .vueprint import format_vue_ranges
        return format_vue_ranges(layout, spec["fmt"], agg_spec.get("params", []),
                                 agg_spec["nbuckets"], [(r.key, r) for r in rows],
                                 spec.get("stack_text"))
    if layout.partition(";")[0] == "vue":  # Vue's print() of an associative array of lists
        from .vueprint import format_vue_lists
        return format_vue_lists(layout, [(r.key, r) for r in rows], func, spec.get("stack_text"))
    if layout == "stap_hist":
        params, nb = agg_spec.get("params", []), agg_spec["nbuckets"]
        if spec.get("one_element"):
            row = next((r for r in rows if r.count), None)
            if row is None:
                return ""  # stap prints nothing for an element that has no values
            return stap_histogram(func, params, row.bucket_list(nb))
        # foreach ([k..] in s) { printf(fmt, k..) print(@hist_*(s[k..])) }, sorted as
        # stap sorts a statistics array (by key, or by @count).
        pieces = compile_format(spec["fmt"]) if spec.get("fmt") else []
        out = []
        for r in _ordered([r for r in rows if r.count], spec, "count", agg_spec):
            out.append(apply_format(pieces, list(r.key)) + stap_histogram(func, params, r.bucket_list(nb)))
        return "".join(out)
    rows = [_normalized(r, normal) for r in _ordered(shown_rows(rows), spec, func, agg_spec)]
    if layout == "dtrace":
        keyfmt = compile_format("".join(_dtrace_key_format(f) for f in agg["keys"]))
        out = ["\n"]
        for r in rows:
            block = _value_text(func, agg_spec, r)
            out.append(apply_format(keyfmt, list(r.key)))
            if block is not None:
                out.append(block + "\n")
            else:
                out.append(f" {_value(r, func):16d}\n")
        return "".join(out)
    if layout == "format":
        pieces = compile_format(spec["fmt"])
        if func in ("quantize", "lquantize", "llquantize"):
            return "".join(_format_with_block(pieces, len(agg["keys"]), r.key,
                                              _value_text(func, agg_spec, r)) for r in rows)
        return "".join(apply_format(pieces, [*r.key, _value(r, func)], spec.get("symbolize"))
                       for r in rows)
    if layout == "stap":
        if not agg.get("keys") and not shown_rows(rows):
            # stap's auto-print of a scalar statistic that never got a value
            # (PR7053): only its count, printed by a literal format as 0x0
            return f"{spec['name']} @count=0x0\n"
        out = []
        for r in rows:
            name = spec["name"]
            if r.key:
                name += "[" + ",".join(_stap_value(k) for k in r.key) + "]"
            avg = r.value("avg")
            out.append(f"{name} @count={r.count} @min={r.min} @max={r.max} @sum={r.sum} @avg={avg}\n")
        return "".join(out)
    raise ValueError(f"unknown aggregation layout {layout!r}")


def _stap_autoprint_value(v) -> str:
    """A global's value as stap's synthesized end probe prints it: a number with
    `%#x` (hex with 0x, 0x0 for zero, a negative as its 64-bit two's complement),
    a string quoted."""
    return f'"{v}"' if isinstance(v, str) else f"0x{int(v) & 0xFFFFFFFFFFFFFFFF:x}"


def format_var(name: str, value) -> str:
    """stap's auto-print of a scalar global: `n=0x7`, `s="hi"`."""
    return f"{name}={_stap_autoprint_value(value)}\n"


def format_map(name: str, rows: list[tuple[tuple, object]]) -> str:
    """stap's auto-print of an array: one `name[k1,k2]=0xv` per element (keys in
    decimal, the value with `%#x`), by value descending."""
    rows = sorted(rows, key=lambda kv: (kv[1], kv[0]), reverse=True)
    return "".join(f"{name}[{','.join(_stap_value(k) for k in key)}]={_stap_autoprint_value(v)}\n"
                   for key, v in rows)
