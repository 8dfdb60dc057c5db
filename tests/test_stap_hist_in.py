"""stap's membership test of a histogram's buckets, `i in @hist_log(s)` /
`[i] in @hist_linear(s, start, stop, interval)` (SystemTap's buildok
histogram_operator_in.stp), without the kernel: the grammar, the lowering (stap's
translator defines it as the bucket read `@hist_log(s)[i]` taken as a truth value,
so it is that read, checks and all), the C, the stap printer and the refusals of
the D and Vue ports. The VM proves it with conformance/stap/hist_bucket_in."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.frontends.stap import parse
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

SRC = """global s, arr
probe begin {
	s <<< 3; arr["a"] <<< 100
	if (66 in @hist_log(s)) println("yes")
	n = [2] in @hist_linear(arr["a"], 0, 50, 10)
	m = 60 + 6 in @hist_log(s)
}
"""


def _buckets(prog: ir.Program) -> list[ir.HistBucket]:
    return [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.HistBucket)]


def test_both_spellings_are_the_checked_bucket_read():
    reads = _buckets(parse(SRC, "t.stp"))
    assert [(b.agg, b.func, b.checked, b.member) for b in reads] == [
        ("s", "hist_log", True, True), ("arr", "hist_linear", True, True), ("s", "hist_log", True, True)]
    assert reads[0].index == ir.IntLit(66)
    assert reads[1].keys == [ir.StrLit("a")] and reads[1].index == ir.IntLit(2)
    assert reads[1].args == [ir.IntLit(0), ir.IntLit(50), ir.IntLit(10)]
    # `in` binds looser than `+`, as stap's parse_array_in reads a comparison first
    assert reads[2].index == ir.Binary("+", ir.IntLit(60), ir.IntLit(6))
    # the place is the operator's, where stap reports the read's run-time errors
    assert (reads[0].loc.line, reads[0].loc.col) == (4, 12)


def test_a_statistic_only_tested_is_a_statistic():
    # stap types `s` from the histogram operator alone, as it does for @count(s)
    prog = parse("global s\nprobe begin { if (64 in @hist_log(s)) println(1) }\n", "t.stp")
    assert [g.kind for g in prog.globals] == ["agg"]


def test_the_module_reads_the_bucket_with_stap_s_checks():
    c = generate(analyze(parse(SRC, "t.stp"), _translation_target())).c_source
    first = c[c.index("xt_agg_bucket(&xt_a_s"):]
    assert "XT_E_EMPTYAGG" in first and "i_ >= 128" in first and "XT_E_HISTRANGE" in first


@pytest.mark.parametrize("src, where, words", [
    ("global s\nprobe begin { s <<< 1; if (1 in ) exit() }", "2:33", "expected identifier"),
    ("global s\nprobe begin { s <<< 1; if ([1] in 5) exit() }", "2:35", "expected identifier"),
    ("global s\nprobe begin { s <<< 1; x = 1 in @count(s) }", "2:33", "not @count"),
    ("global s\nprobe begin { s <<< 1; x = [1, 2] in @hist_log(s) }", "2:38", "Invalid indexing of histogram"),
    ("global s\nprobe begin { s <<< 1; x = 1 in @hist_log(s, 2) }", "2:33", "takes a statistics aggregate"),
    ("global s\nprobe begin { s <<< 1; x = 1 in @hist_linear(s, 0, 10, 1); print(@hist_log(s)) }",
     "2:66", "keeps one histogram"),
    ("global s\nprobe begin { s = 1; x = 1 in @hist_log(s) }", "2:15", "'s' is a statistics aggregate"),
])
def test_misuse_is_an_error_at_its_place(src, where, words):
    with pytest.raises(XtraceError) as ei:
        analyze(parse(src, "t.stp"), _translation_target())
    text = ei.value.render() if hasattr(ei.value, "render") else str(ei.value)
    assert f"t.stp:{where}" in text and words in text, text


def test_stap_prints_the_test_back_as_written():
    out = translate_text(SRC, "t.stp", "stap", "stap")
    assert "if (66 in @hist_log(s))" in out
    assert 'n = 2 in @hist_linear(arr["a"], 0, 50, 10)' in out
    assert "m = 60 + 6 in @hist_log(s)" in out
    assert [(b.index, b.member) for b in _buckets(parse(out, "t.stp"))] == \
        [(b.index, b.member) for b in _buckets(parse(SRC, "t.stp"))]


@pytest.mark.parametrize("to, nearest", [
    ("d", "nearest: print the whole histogram, `@s = quantize(v)` and printa(@s)"),
    ("vue", "nearest: count the values per bucket in an associative array and print it with quantize()")])
def test_ports_are_refused_naming_the_test_and_the_nearest(to, nearest):
    with pytest.raises(XtraceError) as ei:
        translate_text(SRC, "t.stp", "stap", to)
    msg = str(ei.value)
    assert "stap's test of one histogram bucket's count, 66 in @hist_log(s)," in msg
    assert ("has no D equivalent" if to == "d" else "has no Vue equivalent") in msg and nearest in msg
    assert (ei.value.loc.line, ei.value.loc.col) == (4, 12)


def test_a_linear_test_names_lquantize_and_force_leaves_gaps():
    src = ("global t\nprobe begin { t[1] <<< 7\n"
           "if (3 in @hist_linear(t[1], 0, 100, 10)) println(1)\nprintln(\"done\") }\n")
    with pytest.raises(XtraceError, match=r"`@t\[1\] = lquantize\(v, 0, 100, 10\)` and printa\(@t\)"):
        translate_text(src, "t.stp", "stap", "d")
    for to in ("d", "vue"):
        gaps = Gaps(force=True)
        out = translate_text(src, "t.stp", "stap", to, gaps=gaps)
        assert "xtrace --force: not translated at t.stp:3:10: stap's test of one histogram bucket's count, " \
               "3 in @hist_linear(t[1], 0, 100, 10)," in out
        assert "done" in out
        assert sum("test of one histogram bucket" in e.message for e in gaps.found) == 1
