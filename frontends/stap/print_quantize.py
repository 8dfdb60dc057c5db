"""D's quantize(), lquantize() and llquantize() said in stap, with DTrace's output.

stap's @hist_log has DTrace quantize()'s buckets but prints its own layout, so
the translation keeps the histogram itself: for `@lat[k] = quantize(v)`

    lat[k, bucket]++              counts per bucket, a bucket named by its lowest value
    lat_buckets[k] <<< bucket     the buckets seen: @min/@max bound the rows to print,
                                  @count is the total, @sum DTrace's sort order

and a function `print_lat(k)` prints DTrace's block (the `value ---
Distribution --- count` heading, one empty row either side of the used
buckets, 40-character `@` bars). lquantize's bucket below `base` is named
`base - 1` and its top one `top + 1`, llquantize's below `factor^low` is
`factor^low - 1`: those are the values libdtrace weighs them with when it sorts
elements by their histograms (dt_aggregate.c), so `@sum` orders as DTrace does
(ties by key are left to stap's sort).

`clear(@lat)` keeps every key with all its buckets 0, which libdtrace prints as
the rows around one bucket (dt_consume.c: quantize's -1, 0, 1; lquantize's
`< base`, base, base + step; llquantize's `< factor^low`, factor^low): the
port deletes the counts and leaves each key's bucket statistics one value, that
bucket (`lat_buckets[k] <<< 0`), so that the print function's empty rows either
side are those rows; a key it marks (`lat_cleared[k]`) starts its statistics
afresh at its next value. (A cleared lquantize() with a base other than 0 sorts
by that base, where DTrace's sum of its buckets is 0.)
"""

from __future__ import annotations

import re

from typing import Optional

from xtrace.frontends.gaps import nearest_comment
from xtrace.frontends.vue.ranges import as_histogram_print, forced_differs
from xtrace.ir import nodes as ir

from .literals import encode_string
from .print_common import CONV_RE, INDENT, key_var_wants, type_of
from .print_dstack import is_stack

HIST_FUNCS = ("quantize", "lquantize", "llquantize")

# The helper functions below: a script's global of one of these names would be
# called inside them, so globals avoid them.
HELPER_NAMES = frozenset({
    "dtrace_hist_row",
    *(f"{f}_{part}" for f in ("quantize", "lquantize", "llquantize")
      for part in ("bucket", "next", "prev", "label")), "llquantize_width"})

# Their locals (and the print functions'): a global of one of these names would be
# read inside them, so the helpers' local takes another name (the script's global
# keeps its own: the DTrace book's and dtrace-utils' `@b`, `@count`).
HELPER_LOCALS = frozenset({
    "label", "count", "total", "bar", "v", "m", "b", "shift", "base", "top",
    "step", "factor", "steps", "first", "above", "width", "lo", "hi"})

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def renamed_locals(text: str, clash: set[str], taken: set[str]) -> str:
    """`text` (helper functions) with each local in `clash` renamed to a name no global
    (`taken`) and no word of the text has, in code only: comments and string literals
    keep their words, and `@count(...)` is stap's operator, not the local."""
    names = clash & HELPER_LOCALS
    if not names:
        return text
    words = set(re.findall(r"\w+", text)) | taken
    fresh = {}
    for name in sorted(names):
        new, n = name + "_", 1
        while new in words:
            n += 1
            new = f"{name}_{n}"
        words.add(new)
        fresh[name] = new
    word = re.compile(r"(?<![@\w])(" + "|".join(sorted(fresh)) + r")\b")
    out = []
    for line in text.split("\n"):
        if line.lstrip().startswith("#"):
            out.append(line)
            continue
        parts, last = [], 0
        for m in _STRING.finditer(line):
            parts.append(word.sub(lambda w: fresh[w.group(1)], line[last:m.start()]))
            parts.append(m.group(0))
            last = m.end()
        parts.append(word.sub(lambda w: fresh[w.group(1)], line[last:]))
        out.append("".join(parts))
    return "\n".join(out)

_ROW = """\
# One row of DTrace's distribution: the bucket's label, a bar of up to 40 '@'
# (its share of the total, rounded), the count.
function dtrace_hist_row(label:string, count:long, total:long)
{
    bar = total ? (80 * count + total) / (2 * total) : 0
    printf("%16s |%-40s %-9d\\n", label, substr("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@", 0, bar), count)
}"""

_HEADING = ('printf("\\n%16s %41s %-9s\\n", "value", '
            '"------------- Distribution -------------", "count")')

_HELPERS = {
    "quantize": """\
# D's quantize() bucket of v: 0, or the power of two at or below |v| with v's sign.
function quantize_bucket:long(v:long)
{
    if (v == 0)
        return 0
    m = v < 0 ? -v : v
    b = 1
    for (shift = 32; shift > 0; shift >>= 1)
        if (m >> shift) {
            m >>= shift
            b <<= shift
        }
    return v < 0 ? -b : b
}

function quantize_next:long(b:long)
{
    return b > 0 ? 2 * b : b == 0 ? 1 : b == -1 ? 0 : b / 2
}

function quantize_prev:long(b:long)
{
    return b > 1 ? b / 2 : b == 1 ? 0 : b == 0 ? -1 : 2 * b
}

function quantize_label:string(b:long)
{
    return sprint(b)
}""",
    "lquantize": """\
# D's lquantize() bucket of v: base + n * step below top = base + levels * step;
# base - 1 below base, top + 1 from top up.
function lquantize_bucket:long(v:long, base:long, top:long, step:long)
{
    if (v < base)
        return base - 1
    if (v >= top)
        return top + 1
    return base + (v - base) / step * step
}

function lquantize_next:long(b:long, base:long, top:long, step:long)
{
    if (b < base)
        return base
    return b + step < top ? b + step : top + 1
}

function lquantize_prev:long(b:long, base:long, top:long, step:long)
{
    if (b > top)
        return top - step
    return b > base ? b - step : base - 1
}

function lquantize_label:string(b:long, base:long, top:long, step:long)
{
    if (b < base)
        return sprintf("< %d", base)
    if (b > top)
        return sprintf(">= %d", top)
    return sprint(b)
}""",
    "llquantize": """\
# D's llquantize() buckets: each power of factor from first = factor^low up to
# top = factor^(high+1) is split into steps; first - 1 below first, top from top up.
function llquantize_width:long(v:long, factor:long, steps:long)
{
    above = factor
    while (above <= v)
        above *= factor
    return above > steps ? above / steps : 1
}

function llquantize_bucket:long(v:long, factor:long, steps:long, first:long, top:long)
{
    if (v < first)
        return first - 1
    if (v >= top)
        return top
    base = first
    while (base * factor <= v)
        base *= factor
    width = llquantize_width(v, factor, steps)
    return base + (v - base) / width * width
}

function llquantize_next:long(b:long, factor:long, steps:long, first:long, top:long)
{
    if (b < first)
        return first
    return b >= top ? top : b + llquantize_width(b, factor, steps)
}

function llquantize_prev:long(b:long, factor:long, steps:long, first:long, top:long)
{
    return b > first ? b - llquantize_width(b - 1, factor, steps) : first - 1
}

function llquantize_label:string(b:long, factor:long, steps:long, first:long, top:long)
{
    if (b < first)
        return sprintf("< %d", first)
    if (b >= top)
        return sprintf(">= %d", top)
    return sprint(b)
}""",
}


def hist_params(func: str, upd: ir.AggUpdate) -> list[int]:
    """The constant parameters the helper functions take after the value or bucket."""
    ps = [a.value for a in upd.args[1:] if isinstance(a, ir.IntLit)]
    if func == "lquantize":
        base, limit, step = ps
        return [base, base + (limit - base) // step * step, step]
    if func == "llquantize":
        factor, low, high, steps = ps
        return [factor, steps, factor ** low, factor ** (high + 1)]
    return []


def hist_print_function(name: str, stat: str, fname: str, params: list[str], decls: list[str],
                        func: str, extra_values: list[int]) -> str:
    """The print function of histogram `name` (its bucket statistics `stat`): DTrace's
    block of the element keyed `params` (declared `decls`), for `func` with the
    helpers' constant parameters `extra_values` (frontends/d/histograms_back.py reads
    it back)."""
    extra = "".join(f", {v}" for v in extra_values)
    elem = f"{stat}[{', '.join(params)}]" if params else stat

    def count(b: str) -> str:
        return f"{name}[{', '.join(params + [b])}]"

    def row(b: str) -> str:
        return f"dtrace_hist_row({func}_label({b}{extra}), {count(b)}, total)"
    shown = f"@{name}" + (f"[{', '.join(params)}]" if params else "")
    return "\n".join([
        f"# DTrace's distribution of {shown}: its buckets from one empty row",
        "# below the lowest used one to one above the highest.",
        f"function {fname}({', '.join(decls)})",
        "{",
        f"{INDENT}total = @count({elem})",
        f"{INDENT}lo = {func}_prev(@min({elem}){extra})",
        f"{INDENT}hi = {func}_next(@max({elem}){extra})",
        INDENT + _HEADING,
        f"{INDENT}for (b = lo; b < hi; b = {func}_next(b{extra}))",
        f"{INDENT * 2}{row('b')}",
        f"{INDENT}{row('hi')}",
        "}"])


def helper_text(func: str) -> str:
    """The helper functions a histogram of `func` needs (before its print function)."""
    return _ROW + "\n\n" + _HELPERS[func]


class QuantizePrinting:
    """D histograms for the stap printer (mixed into it, beside AggPrinting)."""

    def _hist_aggs(self) -> dict[str, tuple[str, ir.AggUpdate]]:
        """D histogram aggregations: name -> (func, one update)."""
        out: dict[str, tuple[str, ir.AggUpdate]] = {}
        for p in self.prog.probes:
            for x in ir.walk(p.body):
                if isinstance(x, ir.AggUpdate) and x.func in HIST_FUNCS and x.agg not in out:
                    if len(x.args) != 1 + {"quantize": 0, "lquantize": 3, "llquantize": 4}[x.func] \
                            or not all(isinstance(a, ir.IntLit) for a in x.args[1:]):
                        raise self.err(f"D's {x.func}() with these arguments (an increment, or "
                                       "parameters that are not constants) cannot be expressed in stap", x)
                    out[x.agg] = (x.func, x)
        return out

    def _setup_hists(self, taken: set[str]) -> None:
        """Names for each histogram's bucket statistics and print function."""
        self.hists = self._hist_aggs()
        self.hist_names: dict[str, tuple[str, str]] = {}
        for agg in self.hists:
            base = self.gname[agg].strip("_") or "agg"
            self.hist_names[agg] = (self._fresh(base + "_buckets", taken),
                                    self._fresh("print_" + base, taken))

    def _hist_globals(self) -> list[str]:
        return [f"global {self.hist_names[a][0]}  # the buckets of {self.gname[a]}'s values"
                for a in self.hists]

    def _hist_functions(self) -> list[str]:
        """The helpers every used histogram kind needs, then one print function per
        aggregation."""
        if not self.hists:
            return []
        out = [_ROW]
        for func in HIST_FUNCS:
            if any(f == func for f, _ in self.hists.values()):
                out.append(_HELPERS[func])
        for agg, (func, upd) in self.hists.items():
            out.append(self._hist_print_function(agg, func, upd))
        taken = self._taken_globals()
        return [renamed_locals(text, taken, taken) for text in out]

    def _hist_key_params(self, agg: str) -> tuple[list[str], list[str]]:
        """(parameter names, `name:type` declarations) for an aggregation's keys."""
        keys = self._agg_shape(agg)
        types = (self.globals[agg].key_types if agg in self.globals else None) or [type_of(k) for k in keys]
        names = []
        taken = {"total", "lo", "hi", "b"}  # the print function's own locals
        for want in key_var_wants(keys, list(types))[:len(types)]:
            names.append(self._fresh(want, taken | self._taken_globals()))
            taken.add(names[-1])
        decls = [n + (":string" if t is not None and (t.is_str or is_stack(t)) else ":long")
                 for n, t in zip(names, types)]
        return names, decls

    def _taken_globals(self) -> set[str]:
        return set(self.avoid) | self.alias_names | set(self.gname.values()) | set(self.tname.values()) \
            | {n for pair in self.hist_names.values() for n in pair}

    def _hist_print_function(self, agg: str, func: str, upd: ir.AggUpdate) -> str:
        stat, fname = self.hist_names[agg]
        params, decls = self._hist_key_params(agg)
        return hist_print_function(self.gname[agg], stat, fname, params, decls, func,
                                   hist_params(func, upd))

    # ------------------------------------------------------------ updates

    def _hist_update(self, s: ir.AggUpdate) -> list[str]:
        """`bucket = quantize_bucket(v)`, the count and the bucket statistics."""
        func, upd = self.hists[s.agg]
        bucket = self.local_names.get(" bucket")
        if bucket is None:
            bucket = self.local_names[" bucket"] = self._fresh("bucket", self._taken())
        extra = "".join(f", {v}" for v in hist_params(func, upd))
        keys, first = [], []
        wants = key_var_wants(s.keys, [type_of(k) for k in s.keys])
        for k, want in zip(s.keys, wants):
            text = self._expr(k)
            if re.search(r"\w\((?!\))", text):
                # a key that calls something with arguments is computed once, into a
                # local named as its loop variable, for the two arrays it keys (the
                # DTrace book's fsrwtime.d: fds[self->fd].fi_fs, .fi_mount)
                name = self.local_names.get(" key " + want)
                if name is None:
                    name = self.local_names[" key " + want] = self._fresh(want, self._taken())
                first.append(f"{name} = {text}")
                text = name
            keys.append(text)
        stat = self.hist_names[s.agg][0] + (f"[{', '.join(keys)}]" if keys else "")
        fresh = []
        marks = getattr(self, "hist_cleared", {}).get(s.agg)
        if marks is not None:
            # a cleared key's first value: its statistics start again without the
            # one clear() left
            mark = f"{marks}[{', '.join(keys)}]" if keys else marks
            test = (f"[{', '.join(keys)}] in {marks}" if len(keys) > 1 else f"{keys[0]} in {marks}") \
                if keys else marks
            fresh = [f"if ({test}) {{", f"{INDENT}delete {mark}", f"{INDENT}delete {stat}", "}"]
        return first + [f"{bucket} = {func}_bucket({self._expr(s.args[0])}{extra})",
                        f"{self.gname[s.agg]}[{', '.join(keys + [bucket])}]++"] + fresh \
            + [f"{stat} <<< {bucket}"]

    def _hist_clear(self, s: ir.AggControl) -> list[str]:
        """D's clear() of a histogram: no counts, and each key's statistics one value,
        the bucket whose rows either side libdtrace prints for a histogram of zeros."""
        func, upd = self.hists[s.agg]
        params = hist_params(func, upd)
        middle = {"quantize": 0, "lquantize": params[0] if params else 0,
                  "llquantize": params[2] - 1 if len(params) > 2 else 0}[func]
        name, stat = self.gname[s.agg], self.hist_names[s.agg][0]
        marks = self.hist_cleared[s.agg]
        keys = self._agg_shape(s.agg)
        keys = self._agg_shape(s.agg)
        what = f"{self._agg_label(s.agg)}'s keys" if keys else self._agg_label(s.agg)
        note = f"# DTrace keeps {what}, every bucket 0: it prints the rows around {middle}"
        if not keys:
            return [f"delete {name}", f"if (@count({stat})) {{", INDENT + note,
                    f"{INDENT}delete {stat}", f"{INDENT}{stat} <<< {middle}", f"{INDENT}{marks} = 1", "}"]
        types = (self.globals[s.agg].key_types if s.agg in self.globals else None) \
            or [type_of(k) for k in keys]
        elem = ", ".join(self._loop_vars(keys, list(types)))
        # stap refuses to write an array inside its own foreach: the keys first
        return [f"delete {name}", note, f"foreach ([{elem}] in {stat})", f"{INDENT}{marks}[{elem}] = 1",
                f"delete {stat}", f"foreach ([{elem}] in {marks})", f"{INDENT}{stat}[{elem}] <<< {middle}"]

    # ------------------------------------------------------------- prints

    def _hist_print(self, s: ir.PrintAgg) -> list[str]:
        """DTrace's table of a histogram aggregation (layout 'dtrace': a blank line, then
        each element's keys and block), or printa's format with the block at `%@`."""
        if s.more:
            raise self.err("printa() of several aggregations with a histogram among them "
                           "cannot be expressed in stap", s)
        if s.agg not in self.hists:
            return []  # never updated: DTrace prints nothing either (D refuses it anyway)
        stat, fname = self.hist_names[s.agg]
        keys = self._agg_shape(s.agg)
        key_types = (self.globals[s.agg].key_types if s.agg in self.globals else None) \
            or [type_of(k) for k in keys]
        lvars = self._loop_vars(keys, list(key_types))
        call = f"{fname}({', '.join(lvars)})"
        stacks = any(is_stack(t) for t in key_types)
        if s.layout == "dtrace" and stacks:  # D's stack() keys: printed by a helper
            body = self._piece_statements(s, self._key_pieces(s, lvars, list(key_types))) \
                + [call, 'printf("\\n")']
            head: list[str] = ['printf("\\n")']
        elif s.layout == "dtrace":
            from .print_agg import _dtrace_key_fmt
            keyfmt = "".join(_dtrace_key_fmt(t) for t in key_types)
            body = ([f"printf({encode_string(keyfmt)}, {', '.join(lvars)})"] if lvars else []) \
                + [call, 'printf("\\n")']
            head = ['printf("\\n")']
        elif s.layout == "format" and stacks:
            pieces = self._format_pieces(s, s.fmt or "", lvars, list(key_types), [call])
            body = self._piece_statements(s, pieces, block=call)
            head = []
        elif s.layout == "format":
            body = self._hist_format(s, lvars, call)
            head = []
        elif s.layout.startswith("vue_range"):
            err = self.err(f"Vue's print() of the range_t distributions in '{s.agg}' (qrange()) "
                           "cannot be expressed in stap: its Range/Count tables have no stap "
                           "layout (nearest: @hist_linear / @hist_log of a statistics array, "
                           "printed with print(); or, as this translation counts the slots, "
                           "DTrace's layout of them)", s)
            if not self.gaps.substitute(err):
                raise err
            # the translation counts the range's slots as D's buckets: print those, in
            # the layout it gives D's quantize()/lquantize()
            return [nearest_comment(err, forced_differs(s, "the translation"))] + self._hist_print(
                as_histogram_print(s))
        else:
            raise self.err(f"printing D's {s.value_func}() aggregation '{s.agg}' in this layout "
                           "cannot be expressed in stap", s)
        # (set where a row prints: a printa of no rows sets none, as for print_agg's rows)
        body += [f"{self.gname.get(m, m)} = 1" for m in s.marks]
        sign = "-" if s.descending else "+"
        if s.sort_by == "key" and lvars:
            loop = f"foreach ([{lvars[0]}{sign}{''.join(', ' + v for v in lvars[1:])}] in {stat}"
        else:
            loop = f"foreach ([{', '.join(lvars)}] in {stat} @sum{sign}"
        if s.limit is not None:
            loop += f" limit {s.limit}"
        if head and self.exit_dump:
            # dtrace's exit dump walks the records: no blank line without a row, and
            # in a dump of several, one before the first row only (print_agg)
            blank = f'if (!{self._dump_count()}++) printf("\\n")' if self.dump_several else head[0]
            if not lvars:
                head, body = [], [blank] + body
            else:
                head = [f"foreach ([{', '.join(lvars)}] in {stat} limit 1)", INDENT + blank]
        if not lvars:
            return head + [f"if (@count({stat})) {{"] + [INDENT + b for b in body] + ["}"]
        return head + [loop + ") {"] + [INDENT + b for b in body] + ["}"]

    def _hist_format(self, s: ir.PrintAgg, lvars: list[str], call: str) -> list[str]:
        """printa(fmt, @q): the keys' conversions as printed, the block where `%@` is
        (after all the keys when the format has no `%@`)."""
        fmt = s.fmt or ""
        convs = [m for m in CONV_RE.finditer(fmt) if m.group(1) != "%"]
        at = next((i for i, m in enumerate(convs) if m.group(2) == "@"), None)
        if at is None:
            at = len(lvars) if len(convs) > len(lvars) else None
        split = convs[at].start() if at is not None else len(fmt)
        after = convs[at].end() if at is not None else len(fmt)
        keys = iter(lvars)
        used_before = [next(keys, None) for _ in convs[:at if at is not None else len(convs)]]
        rest = [next(keys, None) for _ in convs[(at + 1) if at is not None else len(convs):]]
        if None in used_before + rest:
            raise self.err("printa format has more conversions than keys", s)
        out = []
        if fmt[:split]:
            out.append(self._printf_line(fmt[:split], used_before, s))
        if at is not None:
            out.append(call)
        if fmt[after:]:
            out.append(self._printf_line(fmt[after:], rest, s))
        return out

    def _printf_line(self, fmt: str, args: list[Optional[str]], s: ir.PrintAgg) -> str:
        args = self._addr_args(fmt, [a for a in args if a is not None])
        return f"printf({encode_string(self._fmt(fmt, s))}" + "".join(", " + a for a in args) + ")"
