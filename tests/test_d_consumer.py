"""The driver's share of DTrace's consumer, without a kernel: the non-quiet framing,
printa of several aggregations, the aggsort options, and what clear(), trunc()
and normalize() leave for later prints. Records are built here as the module
writes them (runtime/xt_core.h); expected texts follow libdtrace's layouts.
"""

from __future__ import annotations

import io
import struct

from xtrace.runtime.aggprint import AggRow, format_multi, with_options
from xtrace.runtime.stream import (REC_AGG_BEGIN, REC_AGG_END, REC_AGG_ENTRY, REC_PRINTF,
                                   StreamDecoder)

STR_KEY = [{"kind": "str", "bits": 64, "signed": True, "size": 8}]


def _row(key: str, value: int) -> str:
    return f"  {key:<50s} {value:16d}\n"


def _int(v: int) -> bytes:
    return struct.pack("<q", v)


def _str(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<H", len(b)) + b


def _entry(key: str, count: int, total: int) -> bytes:
    return key.encode().ljust(8, b"\0") + struct.pack("<qqqq", count, total, total, total)


def _manifest(formats=(), prints=(), nagg=1, options=None) -> dict:
    return {"lang": "d", "formats": list(formats), "prints": list(prints), "sites": [], "probes": [],
            "vars": [], "maps": [], "probe_ids": {":BEGIN": 1, ":END": 2, ":ERROR": 3, "read:entry": 7},
            "agg_options": options or {},
            "aggs": [{"name": f"a{i}", "func": "sum", "keys": STR_KEY, "keysize": 8, "spec": {}}
                     for i in range(nagg)]}


def _decoder(m: dict) -> tuple[StreamDecoder, io.StringIO]:
    out = io.StringIO()
    return StreamDecoder(m, out, io.StringIO()), out


def _dump(dec: StreamDecoder, pid: int, agg: int, rows: dict[str, tuple[int, int]]) -> None:
    dec.record(REC_AGG_BEGIN, pid, b"")
    for k, (c, s) in rows.items():
        dec.record(REC_AGG_ENTRY, agg, _entry(k, c, s))
    dec.record(REC_AGG_END, pid, b"")


def _print(agg=0, layout="dtrace", **kw) -> dict:
    return {"agg": agg, "name": "a", "layout": layout, "fmt": None, "value_func": "sum",
            "sort_by": "value", "descending": False, "limit": None, "more": [], **kw}


def test_heading_once_then_prefix_and_record_end():
    m = _manifest(formats=[{"fmt": "%3d %6d %32s ", "args": ["int", "str", "str"], "frame": "start"},
                           {"fmt": "\n", "args": [], "frame": "end"},
                           {"fmt": "hi", "args": []}])
    dec, out = _decoder(m)
    for cpu, func, name in ((1, "", "BEGIN"), (0, "read", "entry"), (0, "", "profile:::tick-1s")):
        dec.record(REC_PRINTF, 0, _int(cpu) + _str(func) + _str(name))
        dec.record(REC_PRINTF, 2, b"")
        dec.record(REC_PRINTF, 1, b"")
    # dtrace(1M)'s chew(): "%3s %6s %32s\n" heading, "%3d %6d %32s " prefix.
    assert out.getvalue() == (
        "CPU     ID                    FUNCTION:NAME\n"
        f"{1:3d} {1:6d} {':BEGIN':>32} hi\n"
        f"{0:3d} {7:6d} {'read:entry':>32} hi\n"
        f"{0:3d} {0:6d} {':tick-1s':>32} hi\n")


def test_multi_aggregation_layouts():
    aggs = _manifest(nagg=2)["aggs"]
    a = [AggRow(("x",), 1, 1, 1, 1), AggRow(("y",), 2, 2, 1, 1)]
    b = [AggRow(("x",), 1, 10, 10, 10), AggRow(("z",), 1, 5, 5, 5)]
    spec = {"layout": "format", "fmt": "%s %@d %@d\n", "value_func": "sum", "more_funcs": ["sum"]}
    assert format_multi(spec, aggs, [a, b]) == "z 0 5\nx 1 10\ny 2 0\n"
    # The key conversions may come after the values.
    spec2 = dict(spec, fmt="[%@4d|%@-4d] %s\n")
    assert format_multi(spec2, aggs, [a, b]) == "[   0|5   ] z\n[   1|10  ] x\n[   2|0   ] y\n"
    dflt = {"layout": "dtrace", "value_func": "sum", "more_funcs": ["sum"]}
    assert format_multi(dflt, aggs, [a, b]) == "\n" + "".join(
        f"  {k:<50s} {x:16d} {y:16d}\n" for k, x, y in (("z", 0, 5), ("x", 1, 10), ("y", 2, 0)))


def test_sort_options():
    aggs = _manifest(nagg=2)["aggs"]
    a = [AggRow(("c",), 1, 1, 1, 1), AggRow(("a",), 1, 3, 3, 3), AggRow(("b",), 1, 2, 2, 2)]
    b = [AggRow(("a",), 1, 9, 9, 9), AggRow(("b",), 1, 1, 1, 1), AggRow(("c",), 1, 5, 5, 5)]
    spec = {"layout": "format", "fmt": "%s %@d %@d\n", "value_func": "sum", "more_funcs": ["sum"],
            "sort_by": "value"}
    assert format_multi(spec, aggs, [a, b]) == "c 1 5\nb 2 1\na 3 9\n"
    assert format_multi(with_options(spec, {"aggsortpos": 1}), aggs, [a, b]) == "b 2 1\nc 1 5\na 3 9\n"
    assert format_multi(with_options(spec, {"aggsortkey": True}), aggs, [a, b]) == "a 3 9\nb 2 1\nc 1 5\n"
    assert format_multi(with_options(spec, {"aggsortkey": True, "aggsortrev": True}), aggs, [a, b]) == \
        "c 1 5\nb 2 1\na 3 9\n"


def test_aggsortkeypos_compares_from_that_key():
    aggs = [{"name": "a", "keys": STR_KEY * 2, "spec": {}}]
    rows = [AggRow(("a", "z"), 1, 1, 1, 1), AggRow(("b", "y"), 1, 1, 1, 1)]
    spec = with_options({"layout": "format", "fmt": "%s %s %@d\n", "value_func": "sum"},
                        {"aggsortkey": True, "aggsortkeypos": 1})
    assert format_multi(spec, aggs, [rows]) == "b y 1\na z 1\n"


def test_normalize_and_denormalize_records():
    m = _manifest(formats=[{"fmt": "", "args": ["int"], "control": "normalize", "agg": 0},
                           {"fmt": "", "args": [], "control": "denormalize", "agg": 0}],
                  prints=[_print()])
    dec, out = _decoder(m)
    dec.record(REC_PRINTF, 0, _int(4))
    _dump(dec, 0, 0, {"x": (1, 10), "y": (1, 3)})
    dec.record(REC_PRINTF, 1, b"")
    _dump(dec, 0, 0, {"x": (1, 10), "y": (1, 3)})
    assert out.getvalue() == "\n" + _row("y", 0) + _row("x", 2) + "\n" + _row("y", 3) + _row("x", 10)


def test_normalize_by_zero_aborts_as_dtrace_when_the_aggregation_has_elements():
    """libdtrace's walk of the aggregation fails on an element normalized by 0
    (EDT_BADRVAL): dtrace says `processing aborted` and exits 1, printing nothing
    more. An aggregation without elements has nothing to divide: no error."""
    m = _manifest(formats=[{"fmt": "", "args": ["int"], "control": "normalize", "agg": 0},
                           {"fmt": "after\n", "args": []}],
                  prints=[_print(), _print(layout="normalize")])
    dec, out = _decoder(m)
    stopped = []
    dec.on_abort = lambda: stopped.append(True)
    dec.record(REC_PRINTF, 0, _int(0))
    _dump(dec, 1, 0, {})                                # no elements: nothing refused
    dec.record(REC_PRINTF, 1, b"")
    assert dec.aborted is None and out.getvalue() == "after\n"
    dec.record(REC_PRINTF, 0, _int(0))
    _dump(dec, 1, 0, {"x": (1, 10)})
    dec.record(REC_PRINTF, 1, b"")                      # not printed: dtrace has exited
    _dump(dec, 0, 0, {"x": (1, 10)})
    assert out.getvalue() == "after\n" and stopped == [True]
    assert dec.err.getvalue() == "dtrace: processing aborted: Invalid return value from callback\n"
    assert dec.result.exit_status == 1


def test_clear_keeps_keys_with_zero_and_trunc_forgets_them():
    m = _manifest(formats=[{"fmt": "", "args": ["int"], "control": "trunc", "agg": 0}],
                  prints=[_print(), _print(layout="clear"), _print(layout="trunc", with_count=False),
                          _print(layout="trunc", with_count=True)])
    dec, out = _decoder(m)
    _dump(dec, 1, 0, {"x": (1, 10), "y": (1, 3)})      # clear(): the kernel empties its elements
    _dump(dec, 0, 0, {"y": (1, 4)})
    assert out.getvalue() == "\n" + _row("x", 0) + _row("y", 4)
    _dump(dec, 2, 0, {"y": (1, 4)})                   # trunc(@a)
    _dump(dec, 0, 0, {})
    assert out.getvalue().endswith(_row("y", 4) + "\n")


def test_trunc_with_a_count_hides_until_updated():
    m = _manifest(formats=[{"fmt": "", "args": ["int"], "control": "trunc", "agg": 0}],
                  prints=[_print(), _print(layout="trunc", with_count=True)])
    dec, out = _decoder(m)
    dec.record(REC_PRINTF, 0, _int(2))
    _dump(dec, 1, 0, {"x": (1, 10), "y": (1, 3), "z": (1, 5)})
    _dump(dec, 0, 0, {"x": (1, 10), "y": (1, 3), "z": (1, 5)})
    assert out.getvalue() == "\n" + _row("z", 5) + _row("x", 10)
    # y is updated again after trunc(): only what came after shows.
    _dump(dec, 0, 0, {"x": (1, 10), "y": (2, 4), "z": (1, 5)})
    assert out.getvalue().endswith("\n" + _row("y", 1) + _row("z", 5) + _row("x", 10))
    dec.record(REC_PRINTF, 0, _int(-1))               # trunc(@a, -1): the smallest stays
    _dump(dec, 1, 0, {"x": (1, 10), "y": (2, 4), "z": (1, 5)})
    _dump(dec, 0, 0, {"x": (1, 10), "y": (2, 4), "z": (1, 5)})
    assert out.getvalue().endswith("\n" + _row("y", 1))


def test_setopt_changes_later_prints():
    m = _manifest(formats=[{"fmt": "", "args": [], "control": "setopt", "name": "aggsortkey",
                            "value": None}],
                  prints=[_print()])
    dec, out = _decoder(m)
    rows = {"b": (1, 1), "a": (1, 2)}
    _dump(dec, 0, 0, rows)
    dec.record(REC_PRINTF, 0, b"")
    _dump(dec, 0, 0, rows)
    assert out.getvalue() == "\n" + _row("b", 1) + _row("a", 2) + "\n" + _row("a", 2) + _row("b", 1)


def test_printa_of_two_aggregations_waits_for_both_dumps():
    m = _manifest(nagg=2, prints=[_print(layout="format", fmt="%s %@d %@d\n", more=[1],
                                         more_funcs=["sum"])])
    dec, out = _decoder(m)
    dec.record(REC_AGG_BEGIN, 0, b"")
    dec.record(REC_AGG_ENTRY, 0, _entry("x", 1, 1))
    dec.record(REC_AGG_END, 0, b"")
    assert out.getvalue() == ""
    dec.record(REC_AGG_BEGIN, 0, b"")
    dec.record(REC_AGG_ENTRY, 1, _entry("x", 1, 7))
    dec.record(REC_AGG_END, 0, b"")
    assert out.getvalue() == "x 1 7\n"
