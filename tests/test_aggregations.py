"""Aggregations in user space: the printers (hand-made rows), the merge of
per-CPU entries, the bucket arithmetic, and the IR the frontends lower
aggregating functions and histogram prints to (and print back).

Expected texts are written out in full: DTrace's and stap's layouts are the
point (trailing blanks included).
"""

from __future__ import annotations

import io
import struct

import pytest

from xtrace import frontends
from xtrace.frontends.d.printer import print_program as print_d
from xtrace.frontends.stap.printer import print_program as print_stap
from xtrace.frontends.vue.printer import print_program as print_vue
from xtrace.ir import aggspec
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.runtime import aggprint as ap
from xtrace.runtime.stream import REC_AGG_BEGIN, REC_AGG_END, REC_AGG_ENTRY, StreamDecoder

HEADER = "           value  ------------- Distribution ------------- count    \n"
STAP_HEADER = "value |-------------------------------------------------- count\n"


def row(key=(), values=(), spec=None, func=None, params=()):
    """A merged element holding `values` (as the kernel would have counted them)."""
    spec = spec or {}
    r = ap.AggRow(tuple(key), 0, 0, 2**63 - 1, -2**63, spec=spec)
    if spec.get("nbuckets"):
        r.buckets = {}
    for v in values:
        r.merge(1, v, v, v)
        r.sumsq += v * v
        if func:
            b = bucket(func, params, v)
            r.buckets[b] = r.buckets.get(b, 0) + 1
    return r


def bucket(func, params, v):
    if func == "quantize":
        return ap.quantize_bucket(v)
    if func == "lquantize":
        return ap.lquantize_bucket(v, *params)
    if func == "llquantize":
        return aggspec.llquantize_bucket(*params, v)
    if func == "hist_log":
        return ap.hist_log_bucket(v)
    return ap.hist_linear_bucket(v, *params)


def hist_agg(func, params=(), keys=()):
    spec = aggspec.AggSpec(hist=func, params=tuple(params)).manifest()
    return {"name": "a", "func": func, "keys": list(keys), "keysize": 8 * max(1, len(keys)),
            "spec": spec}


def dprint(value_func, fmt=None, layout=None, **kw):
    return {"agg": 0, "name": "a", "layout": layout or ("format" if fmt else "dtrace"), "fmt": fmt,
            "value_func": value_func, "sort_by": kw.get("sort_by", "value"),
            "descending": kw.get("descending", False), "limit": None}


INT32_KEY = {"kind": "int", "bits": 32, "signed": True, "size": 8}
STR_KEY = {"kind": "str", "bits": 64, "signed": True, "size": 16}


# ------------------------------------------------------------------ DTrace


def test_quantize_block_one_zero_row_either_side():
    agg = hist_agg("quantize")
    r = row(values=[1, 2, 2, 4], spec=agg["spec"], func="quantize")
    assert ap.format_agg(dprint("quantize"), agg, [r]) == (
        "\n\n" + HEADER +
        "               0 |                                         0        \n"
        "               1 |@@@@@@@@@@                               1        \n"
        "               2 |@@@@@@@@@@@@@@@@@@@@                     2        \n"
        "               4 |@@@@@@@@@@                               1        \n"
        "               8 |                                         0        \n"
        "\n")


def test_lquantize_matches_dtrace_test_suite_output():
    # illumos tst.lquantize.d: @a[i] = lquantize(i, -100, 1100, 100) for i = 0, 100, 200
    # (an int key), as its .out file shows.
    agg = hist_agg("lquantize", (-100, 1100, 100), [INT32_KEY])
    rows = [row((i,), [i], agg["spec"], "lquantize", (-100, 1100, 100)) for i in (200, 0, 100)]
    assert ap.format_agg(dprint("lquantize"), agg, rows) == (
        "\n"
        "        0\n" + HEADER +
        "            -100 |                                         0        \n"
        "               0 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        \n"
        "             100 |                                         0        \n"
        "\n"
        "      100\n" + HEADER +
        "               0 |                                         0        \n"
        "             100 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        \n"
        "             200 |                                         0        \n"
        "\n"
        "      200\n" + HEADER +
        "             100 |                                         0        \n"
        "             200 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        \n"
        "             300 |                                         0        \n"
        "\n")


def test_lquantize_under_and_overflow_rows():
    agg = hist_agg("lquantize", (0, 10, 5), [STR_KEY])
    r = row(("sh",), [-3, 2, 7, 10, 99], agg["spec"], "lquantize", (0, 10, 5))
    assert ap.format_agg(dprint("lquantize"), agg, [r]) == (
        "\n"
        "  sh                                                \n" + HEADER +
        "             < 0 |@@@@@@@@                                 1        \n"
        "               0 |@@@@@@@@                                 1        \n"
        "               5 |@@@@@@@@                                 1        \n"
        "           >= 10 |@@@@@@@@@@@@@@@@                         2        \n"
        "\n")


def test_lquantize_takes_the_value_as_32_bits():
    assert ap.lquantize_bucket(2**32 + 3, 0, 10, 1) == 4
    assert ap.lquantize_bucket(-1, 0, 10, 1) == 0


def test_empty_distributions_print_the_rows_around_zero():
    agg = hist_agg("quantize")
    r = row(values=[], spec=agg["spec"])
    assert ap.dtrace_quantize(r.bucket_list(127)) == "\n" + HEADER + (
        "              -1 |                                         0        \n"
        "               0 |                                         0        \n"
        "               1 |                                         0        \n")
    assert ap.dtrace_lquantize([0] * 12, 0, 10, 1).count("\n") == 5  # header and < 0, 0, 1


def test_quantize_negative_values():
    # Bars split around a centre line only for negative counts (DTrace's
    # increments); negative values have ordinary bars.
    agg = hist_agg("quantize")
    r = row(values=[-3, -1, 5, 5], spec=agg["spec"], func="quantize")
    assert ap.format_agg(dprint("quantize"), agg, [r]) == (
        "\n\n" + HEADER +
        "              -4 |                                         0        \n"
        "              -2 |@@@@@@@@@@                               1        \n"
        "              -1 |@@@@@@@@@@                               1        \n"
        "               0 |                                         0        \n"
        "               1 |                                         0        \n"
        "               2 |                                         0        \n"
        "               4 |@@@@@@@@@@@@@@@@@@@@                     2        \n"
        "               8 |                                         0        \n"
        "\n")


def test_quantline_with_negative_counts():
    assert ap._quantline(-2, 4, True, True) == "          @@@@@@@@@@|                     -2       \n"
    assert ap._quantline(2, 4, True, True) == "                    |@@@@@@@@@@           2        \n"
    assert ap._quantline(-1, 4, False, True) == "                              @@@@@@@@@@| -1       \n"


def test_quantize_buckets():
    assert [ap.quantize_bucket_value(ap.quantize_bucket(v)) for v in (0, 1, 2, 3, 4, 1023, 1024)] == \
        [0, 1, 2, 2, 4, 512, 1024]
    assert [ap.quantize_bucket_value(ap.quantize_bucket(v)) for v in (-1, -2, -3, -4, -5)] == \
        [-1, -2, -2, -4, -4]
    assert ap.quantize_bucket(-2**63) == 0 and ap.quantize_bucket(2**63 - 1) == 126


def test_llquantize_block_and_bucket_count():
    params = (10, 0, 2, 10)
    agg = hist_agg("llquantize", params)
    assert agg["spec"]["nbuckets"] == len(ap._llquantize_values(*params)) == 29
    r = row(values=[0, 5, 50, 55, 500, 5000], spec=agg["spec"], func="llquantize", params=params)
    text = ap.format_agg(dprint("llquantize"), agg, [r])
    lines = text.split("\n")
    assert lines[:5] == ["", "", HEADER[:-1],
                         "             < 1 |@@@@@@@                                  1        ",
                         "               1 |                                         0        "]
    assert "               5 |@@@@@@@                                  1        " in lines
    assert "              50 |@@@@@@@@@@@@@                            2        " in lines
    assert "             500 |@@@@@@@                                  1        " in lines
    assert lines[-3:] == ["         >= 1000 |@@@@@@@                                  1        ", "", ""]


def test_llquantize_bucket_matches_dtrace():
    # factor 10, magnitudes 0..2, 10 steps: < 1, 1..9, 10..90 by 10, 100..900 by 100, >= 1000
    b = lambda v: aggspec.llquantize_bucket(10, 0, 2, 10, v)  # noqa: E731
    assert [b(v) for v in (0, 1, 9, 10, 19, 20, 99, 100, 999, 1000, 2**63 - 1)] == \
        [0, 1, 9, 10, 10, 11, 18, 19, 27, 28, 28]


def test_stddev_avg_and_their_formats():
    spec = aggspec.AggSpec(sumsq=True).manifest()
    agg = {"name": "a", "func": "stddev", "keys": [STR_KEY], "keysize": 16, "spec": spec}
    rows = [row(("a",), [2, 4, 4, 4, 5, 5, 7, 9], spec), row(("b",), [10], spec)]
    assert ap.format_agg(dprint("stddev"), agg, rows) == (
        "\n"
        "  b                                                                 0\n"
        "  a                                                                 2\n")
    r = row(("x",), [-3, -4])
    assert r.value("avg") == -3  # truncated toward zero, as C's division
    assert r.value("min") == -4 and r.value("max") == -3 and r.value("sum") == -7


def test_stddev_uses_128_bits():
    big = 5_000_000_000  # the sum of squares overflows 64 bits
    r = row(values=[big, -big], spec={"sumsq": True})
    assert r.sumsq > 2**64 and r.value("stddev") == big


def test_histograms_sort_by_weighted_sum_then_key():
    agg = hist_agg("quantize", keys=[STR_KEY])
    rows = [row(("b",), [8], agg["spec"], "quantize"), row(("a",), [1, 1, 1], agg["spec"], "quantize"),
            row(("c",), [1, 2], agg["spec"], "quantize")]
    keys = [r.key[0] for r in ap._ordered(rows, dprint("quantize"), "quantize", agg["spec"])]
    assert keys == ["a", "c", "b"]  # 3, 3 (tie: by key), 8


def test_printa_format_puts_the_histogram_at_the_value():
    agg = hist_agg("lquantize", (0, 3, 1), [STR_KEY])
    r = row(("k",), [1], agg["spec"], "lquantize", (0, 3, 1))
    assert ap.format_agg(dprint("lquantize", fmt="key=%s%d\n"), agg, [r]) == (
        "key=k\n" + HEADER +
        "               0 |                                         0        \n"
        "               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        \n"
        "               2 |                                         0        \n"
        "\n")


# ------------------------------------------------------------------ stap


def test_stap_hist_log():
    agg = hist_agg("hist_log")
    r = row(values=[1, 2, 2, 4], spec=agg["spec"], func="hist_log")
    assert ap.format_agg(dprint("hist_log", layout="stap_hist"), agg, [r]) == (
        STAP_HEADER +
        "    0 |                                                   0\n"
        "    1 |@                                                  1\n"
        "    2 |@@                                                 2\n"
        "    4 |@                                                  1\n"
        "    8 |                                                   0\n"
        "   16 |                                                   0\n"
        "\n")


def test_stap_hist_log_elides_zero_runs():
    agg = hist_agg("hist_log")
    r = row(values=[1, 1024], spec=agg["spec"], func="hist_log")
    assert ap.format_agg(dprint("hist_log", layout="stap_hist"), agg, [r]) == (
        STAP_HEADER +
        "    0 |                                                   0\n"
        "    1 |@                                                  1\n"
        "    2 |                                                   0\n"
        "    4 |                                                   0\n"
        "      ~\n"
        "  256 |                                                   0\n"
        "  512 |                                                   0\n"
        " 1024 |@                                                  1\n"
        " 2048 |                                                   0\n"
        " 4096 |                                                   0\n"
        "\n")


def test_stap_hist_log_scales_bars_and_counts_negatives():
    agg = hist_agg("hist_log")
    r = row(values=[-1] * 3 + [0] + [3] * 120, spec=agg["spec"], func="hist_log")
    assert ap.format_agg(dprint("hist_log", layout="stap_hist"), agg, [r]) == (
        STAP_HEADER +
        "   -4 |                                                     0\n"
        "   -2 |                                                     0\n"
        "   -1 |@                                                    3\n"
        "    0 |                                                     1\n"
        "    1 |                                                     0\n"
        "    2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@           120\n"
        "    4 |                                                     0\n"
        "    8 |                                                     0\n"
        "\n")


def test_stap_hist_linear_under_and_overflow():
    params = (0, 30, 10)
    agg = hist_agg("hist_linear", params)
    r = row(values=[-5, 5, 15, 15, 100], spec=agg["spec"], func="hist_linear", params=params)
    assert ap.format_agg(dprint("hist_linear", layout="stap_hist"), agg, [r]) == (
        STAP_HEADER +
        "   <0 |@                                                  1\n"
        "    0 |@                                                  1\n"
        "   10 |@@                                                 2\n"
        "   20 |                                                   0\n"
        "   30 |                                                   0\n"
        "  >30 |@                                                  1\n"
        "\n")


def test_stap_hist_of_an_element_with_no_values_prints_nothing():
    agg = hist_agg("hist_log")
    assert ap.format_agg(dprint("hist_log", layout="stap_hist"), agg, []) == ""


def test_stap_variance_is_stap_welford():
    # stap(1): for 1..5, @variance(x) is 12 and @variance(x, 1) is 2.
    def welford(values, shift):
        avg = m2 = var = 0
        for n, v in enumerate(values, 1):
            vs = v << shift
            if n == 1:
                avg, m2 = vs, 0
                continue
            delta = vs - avg
            avg += ap._cdiv(delta, n)
            m2 += delta * (vs - avg)
            var = ap._cdiv(m2, n - 1)
        return (len(values), avg, var)
    vals = [1, 2, 3, 4, 5]
    assert ap.stap_variance(5, 15, [welford(vals, 0)], 0) == 12
    assert ap.stap_variance(5, 15, [welford(vals, 1)], 1) == 2
    # Two CPUs: stap merges their states, not the values.
    assert ap.stap_variance(5, 15, [welford([1, 2], 0), welford([3, 4, 5], 0)], 0) == 3
    assert ap.stap_variance(1, 7, [welford([7], 0)], 0) == 0


def test_stap_autoprint_of_stats():
    agg = {"name": "s", "func": "stats", "keys": [], "keysize": 8, "spec": aggspec.AggSpec().manifest()}
    spec = {"agg": 0, "name": "s", "layout": "stap", "fmt": None, "value_func": "count",
            "sort_by": "value", "descending": True, "limit": None}
    assert ap.format_agg(spec, agg, [row(values=[1, 2, 3, 4])]) == "s @count=4 @min=1 @max=4 @sum=10 @avg=2\n"
    # a scalar statistic that never got a value: stap's literal `@count=0x0` (PR7053)
    assert ap.format_agg(spec, agg, []) == "s @count=0x0\n"
    # a statistics array with no elements prints nothing
    assert ap.format_agg(spec, {**agg, "keys": ["int"]}, []) == ""


def test_stap_autoprint_of_numbers_is_hex():
    """stap's synthesized end probe prints a number global with %#x (0x0 for zero,
    a negative as 64 bits), keys in decimal, strings quoted."""
    assert ap.format_var("n", 7) == "n=0x7\n"
    assert ap.format_var("z", 0) == "z=0x0\n"
    assert ap.format_var("neg", -3) == "neg=0xfffffffffffffffd\n"
    assert ap.format_var("s", "hi") == 's="hi"\n'
    assert ap.format_map("a", [(("two", 2), 4), (("one", 1), 1)]) == 'a["two",2]=0x4\na["one",1]=0x1\n'


# ------------------------------------------------------------------ the stream


def _rec(rtype: int, rid: int, payload: bytes) -> bytes:
    size = 16 + len(payload)
    pad = (-size) % 8
    return struct.pack("<IHHQ", size + pad, rtype, rid, 0) + payload + b"\0" * pad


def _entry(count, total, lo, hi, extra=b"", buckets=None):
    p = struct.pack("<q", 0) + struct.pack("<qqqq", count, total, lo, hi) + extra
    if buckets is not None:
        first, vals = buckets
        p += struct.pack("<II", first, len(vals)) + struct.pack(f"<{len(vals)}q", *vals)
    return p


def test_stream_merges_cpus_buckets_and_squares():
    spec = aggspec.AggSpec(hist="quantize").manifest()
    manifest = {"lang": "d", "formats": [], "sites": [],
                "aggs": [{"name": "q", "func": "quantize", "keys": [], "keysize": 8, "spec": spec}],
                "prints": [dprint("quantize")]}
    out = io.StringIO()
    dec = StreamDecoder(manifest, out, io.StringIO())
    # CPU 0 saw 1 and 2, CPU 1 saw 2 and 4 (buckets 64..66)
    dec.feed(_rec(REC_AGG_BEGIN, 0, b"")
             + _rec(REC_AGG_ENTRY, 0, _entry(2, 3, 1, 2, buckets=(64, [1, 1])))
             + _rec(REC_AGG_ENTRY, 0, _entry(2, 6, 2, 4, buckets=(65, [1, 1])))
             + _rec(REC_AGG_END, 0, b""))
    assert out.getvalue() == (
        "\n\n" + HEADER +
        "               0 |                                         0        \n"
        "               1 |@@@@@@@@@@                               1        \n"
        "               2 |@@@@@@@@@@@@@@@@@@@@                     2        \n"
        "               4 |@@@@@@@@@@                               1        \n"
        "               8 |                                         0        \n"
        "\n")

    spec = aggspec.AggSpec(sumsq=True).manifest()
    manifest["aggs"] = [{"name": "d", "func": "stddev", "keys": [], "keysize": 8, "spec": spec}]
    manifest["prints"] = [dprint("stddev")]
    out = io.StringIO()
    dec = StreamDecoder(manifest, out, io.StringIO())
    sq = 3_000_000_000 ** 2
    dec.feed(_rec(REC_AGG_BEGIN, 0, b"")
             + _rec(REC_AGG_ENTRY, 0, _entry(1, 3_000_000_000, 0, 0, struct.pack("<QQ", sq & (2**64 - 1), sq >> 64)))
             + _rec(REC_AGG_ENTRY, 0, _entry(1, -3_000_000_000, 0, 0, struct.pack("<QQ", sq & (2**64 - 1), sq >> 64)))
             + _rec(REC_AGG_END, 0, b""))
    assert out.getvalue() == "\n       3000000000\n"


def test_stream_keeps_per_cpu_welford_states():
    spec = aggspec.AggSpec(welford_shift=0).manifest()
    manifest = {"lang": "stap", "formats": [], "sites": [],
                "aggs": [{"name": "v", "func": "stats", "keys": [], "keysize": 8, "spec": spec}],
                "prints": [dprint("count", layout="stap")]}
    dec = StreamDecoder(manifest, io.StringIO(), io.StringIO())
    dec.pending_rows[0] = {}
    dec.agg_entry(0, _entry(2, 3, 1, 2, struct.pack("<qqq", 1, 1, 1)))
    dec.agg_entry(0, _entry(3, 12, 3, 5, struct.pack("<qqq", 3, 2, 1)))
    merged = dec.pending_rows[0][0][()]
    assert (merged.count, merged.sum, merged.min, merged.max) == (5, 15, 1, 5)
    assert merged.parts == [(2, 1, 1), (3, 3, 1)]
    assert merged.value("variance") == 2


# ------------------------------------------------------------------ frontends and IR


def lower(src: str, lang: str) -> ir.Program:
    return frontends.parse(src, {"d": "t.d", "stap": "t.stp", "vue": "t.e"}[lang], lang)


def updates(prog: ir.Program) -> list[ir.AggUpdate]:
    from xtrace.frontends.stap.irwalk import nodes
    return [x for p in prog.probes for x in nodes(p.body) if isinstance(x, ir.AggUpdate)]


def test_d_aggregating_functions_lower_with_constant_parameters():
    prog = lower("BEGIN { @q = quantize(1); @l[1] = lquantize(2, -10, 10); "
                 "@ll = llquantize(3, 10, 0, 3, 10); @s = stddev(4); }", "d")
    q, lq, llq, sd = updates(prog)
    assert (q.func, q.args) == ("quantize", [ir.IntLit(1)])
    assert (lq.func, lq.args) == ("lquantize", [ir.IntLit(2), ir.IntLit(-10), ir.IntLit(10), ir.IntLit(1)])
    assert (llq.func, [a.value for a in llq.args]) == ("llquantize", [3, 10, 0, 3, 10])
    assert (sd.func, sd.args) == ("stddev", [ir.IntLit(4)])
    dump = prog.probes[-1].body.stmts
    assert [(s.agg, s.value_func) for s in dump] == [
        ("q", "quantize"), ("l", "lquantize"), ("ll", "llquantize"), ("s", "stddev")]


def test_stap_histogram_prints_mark_the_updates():
    prog = lower('global s, t\nprobe begin { s <<< 1; t["a"] <<< 2; print(@hist_log(s)); '
                 'println(@hist_linear(t["a"], 0, 100, 10)); printf("%d\\n", @variance(s, 2)) }', "stap")
    s_upd, t_upd = updates(prog)
    assert (s_upd.func, s_upd.args) == ("hist_log", [ir.IntLit(1)])
    assert (t_upd.func, [a.value for a in t_upd.args]) == ("hist_linear", [2, 0, 100, 10])
    body = prog.probes[0].body.stmts
    assert body[2] == ir.PrintAgg("s", layout="stap_hist", value_func="hist_log", keys=[])
    # println() of a histogram prints what print() does (stap 4.8's translator emits
    # the histogram's print alone for both); it is named by its empty-aggregate error
    assert body[3] == ir.PrintAgg("t", layout="stap_hist", value_func="hist_linear",
                                  keys=[ir.StrLit("a")])
    assert body[3].called == "println"
    read = body[4].args[0]
    assert read == ir.AggRead("s", [], "variance", [ir.IntLit(2)])
    specs = aggspec.program_specs(prog)
    assert specs["s"] == aggspec.AggSpec(hist="hist_log", welford_shift=2)
    assert specs["t"].nbuckets == 13


def test_stap_foreach_of_histograms():
    src = ('global s\nprobe begin { s["a", 1] <<< 3 }\n'
           'probe end { foreach ([n, k] in s- limit 5) { printf("%s %d:\\n", n, k); '
           'print(@hist_linear(s[n, k], 0, 100, 10)) } }')
    prog = lower(src, "stap")
    assert prog.probes[1].body.stmts == [ir.PrintAgg(
        "s", layout="stap_hist", fmt="%s %d:\n", value_func="hist_linear", sort_by="value",
        descending=True, limit=5)]
    assert updates(prog)[0].func == "hist_linear"
    out = print_stap(prog)
    assert ('    foreach ([k1, k2] in s- limit 5) {\n        printf("%s %d:\\n", k1, k2)\n'
            '        print(@hist_linear(s[k1, k2], 0, 100, 10))\n    }\n') in out
    assert lower(out, "stap") == prog
    # Without the printf, sorted by key.
    prog = lower('global s\nprobe begin { s[1] <<< 3 }\nprobe end { foreach ([k+] in s) '
                 'print(@hist_log(s[k])) }', "stap")
    assert prog.probes[1].body.stmts == [ir.PrintAgg("s", layout="stap_hist", value_func="hist_log",
                                                     sort_by="key")]


def test_stap_foreach_histograms_in_user_space():
    agg = hist_agg("hist_log", keys=[STR_KEY])
    spec = dprint("hist_log", layout="stap_hist", fmt="%s:\n", descending=True)
    rows = [row(("a",), [1], agg["spec"], "hist_log"), row(("b",), [2, 2], agg["spec"], "hist_log")]
    text = ap.format_agg(spec, agg, rows)
    assert text.startswith("b:\n" + STAP_HEADER) and "\na:\n" + STAP_HEADER in text


@pytest.mark.parametrize("src,fragment", [
    ("global s\nprobe begin { s <<< 1; x = @hist_log(s) }", "is a histogram: it can be printed"),
    ("global s\nprobe begin { s <<< 1; print(@hist_linear(s, 0, 10)) }", "start, stop and interval"),
    ("global s\nprobe begin { s <<< 1; print(@hist_linear(s, 0, 10000, 1)) }", "between 1 and 126"),
    ("global s\nprobe begin { s <<< 1; print(@hist_log(s)); print(@hist_linear(s, 0, 10, 1)) }",
     "keeps one histogram"),
    ("global s\nprobe begin { s <<< 1; x = 1; print(@variance(s, x)) }", "literal numbers"),
    ("global s\nprobe begin { s <<< 1; print(@variance(s, 63)) }", "between 0 and 62"),
])
def test_stap_histogram_errors(src, fragment):
    with pytest.raises(XtraceError) as info:
        lower(src, "stap")
    assert fragment in info.value.message


def test_translate_d_histograms_to_d():
    src = ("BEGIN\n{\n    @q[\"a\"] = quantize(3);\n    @l = lquantize(3, 0, 100, 10);\n"
           "    @s = stddev(3);\n}")
    prog = lower(src, "d")
    assert print_d(prog) == src + "\n"
    assert lower(print_d(prog), "d") == prog


def test_translate_stap_histograms_to_stap():
    src = ('global s, t\n\nprobe begin\n{\n    s <<< 1\n    t["a"] <<< 2\n    print(@hist_log(s))\n'
           '    println(@hist_linear(t["a"], 0, 100, 10))\n    printf("%d\\n", @variance(s, 1))\n}\n')
    prog = lower(src, "stap")
    out = print_stap(prog)
    assert lower(out, "stap") == prog
    assert "println(@hist_linear(t[\"a\"], 0, 100, 10))" in out
    assert "@variance(s, 1)" in out


@pytest.mark.parametrize("src,lang,printer,fragment", [
    ("BEGIN { @q = count(); clear(@q); }", "d", print_stap, "clear(@q) of an aggregation without keys keeps it"),
    ("BEGIN { @q = count(); trunc(@q, pid); }", "d", print_stap, "trunc(@q, n) of a variable n"),
    ("BEGIN { @q = lquantize(1, 0, 10); }", "d", print_vue, "lquantize() in Vue"),
    ("global s\nprobe begin { s <<< 1; print(@hist_log(s)) }", "stap", print_d, "@hist_log histogram"),
    ("global s\nprobe begin { s <<< 1; print(@hist_log(s)) }", "stap", print_vue, "@hist_log"),
    ("global s\nprobe begin { s <<< 1; printf(\"%d\", @variance(s)) }", "stap", print_vue, "@variance"),
])
def test_translate_refuses_what_the_target_cannot_say(src, lang, printer, fragment):
    with pytest.raises(XtraceError) as info:
        printer(lower(src, lang))
    assert fragment in info.value.message


def test_analysis_keeps_one_bucket_layout_per_aggregation():
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    prog = lower("global s\nprobe begin { s <<< 1; print(@hist_log(s)) }", "stap")
    # An update with another histogram (what no frontend writes) is refused.
    prog.probes[0].body.stmts.insert(0, ir.AggUpdate("s", [], "hist_linear",
                                                     [ir.IntLit(1), ir.IntLit(0), ir.IntLit(10), ir.IntLit(1)]))
    with pytest.raises(XtraceError) as info:
        analyze(prog, _translation_target())
    assert "is updated with hist_log() here but with hist_linear(0, 10, 1)" in info.value.message


def test_aggspec_validation():
    assert aggspec.validate("lquantize", [0, 10, 1]) is None
    assert "at least one level" in aggspec.validate("lquantize", [0, 10, 20])
    assert "less than the upper bound" in aggspec.validate("lquantize", [10, 0, 1])
    assert "16-bit" in aggspec.validate("lquantize", [0, 10, 70000])
    assert "at least 2" in aggspec.validate("llquantize", [1, 0, 2, 10])
    assert "overflows" in aggspec.validate("llquantize", [10, 0, 19, 10])
    assert "evenly divide" in aggspec.validate("llquantize", [4, 0, 2, 12])
    assert aggspec.bucket_count("lquantize", [0, 10, 3]) == 5
    assert aggspec.bucket_count("hist_linear", [0, 100, 10]) == 13
