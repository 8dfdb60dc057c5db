"""stap's histogram bucket access without the kernel: `@hist_log(s)[i]`,
`@hist_linear(s, start, stop, interval)[i]` and `foreach (n = i in @hist_log(s))`
through the lowering, the checks, the C generator and the printers. What the
module reads is proven in the VM by conformance/stap/hist_bucket_access and
hist_bucket_errors (expected output reasoned from stap's translator and runtime;
docs/stap-coverage.md, "Histogram buckets")."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.frontends.stap import parse
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

LOOP = """global s, arr
probe begin {
	s <<< 3; arr["a"] <<< 100
	foreach (n = i in @hist_log(s))
		if (n) printf("%d %d\\n", i, n)
	foreach ([j] in @hist_linear(arr["a"], 0, 50, 10) limit 2)
		println(@hist_linear(arr["a"], 0, 50, 10)[j])
}
"""


def _buckets(prog: ir.Program) -> list[ir.HistBucket]:
    return [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.HistBucket)]


def test_a_loop_is_every_bucket_in_order_and_reads_them_unchecked():
    prog = parse(LOOP, "t.stp")
    loops = [x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.While)]
    assert len(loops) == 2
    # every bucket, 0 up: stap's `for (i = 0; i < buckets; i++)`
    assert loops[0].cond == ir.Binary("<", ir.Var("i", "local"), ir.IntLit(128))
    assert loops[0].step == ir.IncDec(ir.Var("i", "local"), "++", False)
    # (50 - 0) / 10 + 3 buckets, and `limit 2` counted apart from the bucket
    assert loops[1].cond.op == "&&" and loops[1].cond.lhs.rhs == ir.IntLit(8)
    reads = _buckets(prog)
    assert [(b.agg, b.func, b.checked) for b in reads] == [
        ("s", "hist_log", False), ("arr", "hist_linear", True)]
    assert reads[1].args == [ir.IntLit(0), ir.IntLit(50), ir.IntLit(10)]
    assert reads[1].keys == [ir.StrLit("a")] and reads[1].index == ir.Var("j", "local")
    # the updates collect the histogram the reads name
    ups = [x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.AggUpdate)]
    assert [u.func for u in ups] == ["hist_log", "hist_linear"]


def test_the_module_reads_the_merged_buckets_with_stap_s_checks():
    an = analyze(parse(LOOP, "t.stp"), _translation_target())
    c = generate(an).c_source
    assert "xt_agg_bucket(&xt_a_s, c->key, i_, NULL)" in c  # the loop's read
    checked = c[c.index("xt_agg_bucket(&xt_a_arr"):]
    assert "XT_E_EMPTYAGG" in checked and "i_ >= 8" in checked and "XT_E_HISTRANGE" in checked


def test_a_sort_mark_is_ignored_with_a_warning():
    prog = parse("global s\nprobe begin { s <<< 1\n"
                 "foreach (n- = i in @hist_log(s)) println(n) }\n", "t.stp")
    assert any("sort mark" in w and "t.stp:3:" in w for w in prog.options["warnings"])
    loop = next(x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.While))
    assert loop.step == ir.IncDec(ir.Var("i", "local"), "++", False)


@pytest.mark.parametrize("src, where, words", [
    ("global s\nprobe begin { s <<< 1; foreach ([i, j] in @hist_log(s)) println(i) }",
     "2:33", "Invalid indexing of histogram"),
    ("global s\nprobe begin { s <<< 1; foreach (n = i in @hist_log(s)) s <<< n }",
     "2:58", "modified during 'foreach' iteration"),
    ("global s\nprobe begin { s <<< 1; x = @hist_log(s)[1][2] }", "2:28", "one bucket at a time"),
    ("global s\nprobe begin { s <<< 1; x = @hist_log(s, 1)[1] }", "2:28", "takes a statistics aggregate"),
    # @hist_log(a) makes `a` a statistic (stap's type inference): the store is the misuse
    ("global a\nprobe begin { a[1] = 1; x = @hist_log(a)[1] }", "2:15", "'a' is a statistics aggregate"),
    ("global s\nprobe begin { s <<< 1; foreach (n = s in @hist_log(s)) println(n) }",
     "2:37", "is a global"),
    ("global s\nprobe begin { s <<< 1; x = @hist_log(s)[1]; print(@hist_linear(s, 0, 9, 1)) }",
     "2:51", "keeps one histogram"),
    ("global s\nprobe begin { s <<< 1; x = @hist_log(s)[\"a\"] }", "2:41", "must be an integer"),
])
def test_misuse_is_an_error_at_its_place(src, where, words):
    with pytest.raises(XtraceError) as ei:
        analyze(parse(src, "t.stp"), _translation_target())
    text = ei.value.render() if hasattr(ei.value, "render") else str(ei.value)
    assert f"t.stp:{where}" in text and words in text, text


@pytest.mark.parametrize("to, nearest", [("d", "`@s = quantize(v)` and printa(@s)"),
                                         ("vue", "print it with quantize()")])
def test_ports_are_refused_naming_the_loop_and_the_nearest(to, nearest):
    with pytest.raises(XtraceError) as ei:
        translate_text(LOOP, "t.stp", "stap", to)
    msg = str(ei.value)
    assert "foreach over the buckets of @hist_log(s)" in msg and nearest in msg
    assert ei.value.loc.line == 4 and ei.value.loc.col == 2  # the foreach


def test_a_single_bucket_read_is_refused_too():
    src = "global s\nprobe begin { s <<< 3; println(@hist_linear(s, 0, 10, 2)[3]) }\n"
    for to in ("d", "vue"):
        with pytest.raises(XtraceError) as ei:
            translate_text(src, "t.stp", "stap", to)
        assert "one histogram bucket, @hist_linear(s, 0, 10, 2)[3]," in str(ei.value)
    with pytest.raises(XtraceError, match=r"lquantize\(v, 0, 10, 2\)"):
        translate_text(src, "t.stp", "stap", "d")


def test_stap_prints_a_bucket_read_back():
    out = translate_text("global s\nprobe begin { s <<< 3; println(@hist_log(s)[66]) }\n",
                         "t.stp", "stap", "stap")
    assert "@hist_log(s)[66]" in out


def test_a_key_only_loop_is_named_too_and_force_leaves_a_gap_comment():
    src = ("global t\nprobe begin { t[1] <<< 7\n"
           "foreach ([i] in @hist_linear(t[1], 0, 100, 10)) println(i)\nprintln(\"done\") }\n")
    with pytest.raises(XtraceError) as ei:
        translate_text(src, "t.stp", "stap", "d")
    assert "foreach over the buckets of @hist_linear(t[1], 0, 100, 10)" in str(ei.value)
    assert "`@t[1] = lquantize(v, 0, 100, 10)` and printa(@t)" in str(ei.value)
    gaps = Gaps(force=True)
    out = translate_text(src, "t.stp", "stap", "vue", gaps=gaps)
    assert "xtrace --force: not translated at t.stp:3:1: stap's foreach over the buckets" in out
    assert sum("foreach over the buckets" in e.message for e in gaps.found) == 1


def test_stap_writes_a_bucket_loop_back_as_the_foreach():
    out = translate_text(LOOP, "t.stp", "stap", "stap")
    assert "foreach (n = i in @hist_log(s))" in out
    assert 'foreach (j in @hist_linear(arr["a"], 0, 50, 10) limit 2)' in out
    assert "< 128" not in out
