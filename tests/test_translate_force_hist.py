"""translate --force --to d: a stap histogram is D's own, printed by printa().

D cannot draw stap's `value |@@@@ count` rows (no loops), so a stap script printing
@hist_log/@hist_linear is refused without --force, naming quantize()/lquantize() as
the nearest. With --force the port used to leave the histogram out (each update and
print a gap: cycle_thief.stp's D port printed no distribution at all); now it keeps
the data as that nearest: the same buckets in a D aggregation, printa() where stap
prints it, after a comment saying how the layouts differ, and the warning says
"not translated exactly". A keyless histogram tested for a value before it is
printed (`if (@count(s))`) keeps a plain count beside it for the test."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from tests.test_translate_force_unset import _forced
from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps

GUARDED = """\
global s, t
probe syscall.read { s <<< $count; t[execname()] <<< $count }
probe end {
  if (@count(s)) {
    printf("reads\\n")
    print(@hist_log(s))
  }
  foreach (k in t) { printf("%s\\n", k); print(@hist_linear(t[k], 0, 1000, 100)) }
  delete s
}
"""


def test_without_force_a_histogram_is_still_refused_naming_quantize():
    with pytest.raises(XtraceError, match=r"@hist_log histogram .* nearest: `@a = quantize\(v\)`"):
        translate_text(GUARDED, "g.stp", "stap", "d", gaps=Gaps())


def test_forced_histograms_are_d_aggregations_printed_by_printa():
    text, gaps = _forced(GUARDED, "g.stp", "d")
    assert "@s = quantize(arg2);" in text
    # hist_linear(v, 0, 1000, 100) counts up to 1000 + 100: lquantize's upper bound
    assert "@t[execname] = lquantize(arg2, 0, 1100, 100);" in text
    assert "printa(@s);" in text and 'printa("%s\\n%@d", @t);' in text
    assert "not translated at" not in text  # nothing left out
    near = [ln for ln in text.splitlines() if "xtrace --force: nearest equivalent" in ln]
    assert len(near) == 2 and "@hist_log(s)" in near[0] and "@hist_linear(t)" in near[1]
    assert len(gaps.found) == 2 and all(gaps.approximate(ex) for ex in gaps.found)


def test_a_count_test_before_the_print_reads_a_plain_count():
    text, _ = _forced(GUARDED, "g.stp", "d")
    assert "int64_t s_count;" in text
    update = text[text.index("syscall::read:entry"):text.index("END")]
    assert update.index("@s = quantize(arg2);") < update.index("s_count++;")
    end = text[text.index("END"):]
    assert "if (s_count) {" in end and end.index("if (s_count) {") < end.index("printa(@s);")
    # stap's `delete s` empties the statistic: its count starts again too
    assert "s_count = 0;" in end


def test_a_print_of_one_element_stays_a_gap():
    one = "global h\nprobe syscall.read { h[execname()] <<< $count }\n" \
          'probe end { print(@hist_log(h["ls"])) }\n'
    text, gaps = _forced(one, "o.stp", "d")
    assert "quantize" not in text.replace("`@a = quantize(v)`", "")
    assert len(gaps.found) == 1 and not gaps.approximate(gaps.found[0])


KEYED = """\
global t, u
probe syscall.read {
  t[execname()] <<< $count
  u[pid()] <<< $count
}
probe end {
  foreach (k in t) { printf("%s\\n", k); print(@hist_linear(t[k], 0, 1000, 100)) }
  foreach (k in u) print(@hist_log(u[k]))
}
"""


def test_forced_keyed_histograms_are_vue_ranges_printed_by_print():
    text, gaps = _forced(KEYED, "k.stp", "vue")
    assert "range_t t_range;" in text and "range_t u_range;" in text
    begin = text[text.index("@@BEGIN"):text.index("@@syscall")]
    # the same buckets: hist_linear's last one (1000..1099) is the range's last slot
    assert "set_range(t_range, LINEAR, 0, 1100, 100);" in begin
    assert "set_range(u_range, POWER, 2);" in begin
    assert "qrange(t[__pname], t_range, __arg3);" in text and "qrange(u[__pid], u_range, __arg3);" in text
    end = text[text.index("@@END"):]
    assert "print(t);" in end and "print(u);" in end and "not translated at" not in text
    near = [ln for ln in end.splitlines() if "nearest equivalent" in ln]
    assert "at k.stp:7:3" in near[0] and "@hist_linear histogram of 't'" in near[0]
    assert "0 and negative values are its Others" in near[1]
    assert len(gaps.found) == 2 and all(gaps.approximate(ex) for ex in gaps.found)


def test_without_force_a_keyed_histogram_is_still_refused_in_vue():
    with pytest.raises(XtraceError, match=r"@hist_linear histogram in Vue .* set_range\(T, LINEAR"):
        translate_text(KEYED, "k.stp", "stap", "vue", gaps=Gaps())


def test_a_local_set_from_a_bucket_read_is_left_out_where_it_is_read():
    # frontends/histbuckets.py makes its gaps before printing: the printf reading the
    # local it set is left out too, and the Vue port compiles (it used to read `x`
    # never assigned: "variable 'x' is read before it is assigned")
    src = "global s\nprobe syscall.read { s <<< $count }\n" \
          'probe timer.s(1) { x = @hist_log(s)[3]; printf("%d\\n", x) }\n'
    for to in ("d", "vue"):
        text, _ = _forced(src, "b.stp", to)
        assert "printf(" not in text.replace("xtrace --force", ""), text
        assert "'x' is set only by code left out (at b.stp:3:24)" in text


# SystemTap's example io/deviceseeks.stp prints each device's histogram with
# println(), in a loop sorted by @count and limited, the statistic deleted after.
# stap's println() of a histogram prints what print() does (its translator emits
# the histogram's print alone for both: stap 4.8's pass 3), so the loop is the
# folded idiom above and its ports are the same printa / print.
SEEKS = """\
global seeks
probe syscall.read { seeks[execname()] <<< $count }
probe timer.s(10), end {
  printf("\\n")
  foreach ([dev] in seeks- limit 5) {
    printf("Device: %s\\n", dev)
    println(@hist_log(seeks[dev]))
  }
  delete seeks
}
"""


def test_println_of_a_histogram_is_print_without_a_newline():
    from xtrace.frontends.stap import parse
    from xtrace.ir import nodes as ir
    prog = parse(SEEKS.replace("foreach", "println(@hist_log(seeks[\"x\"]))\n  foreach"), "s.stp")
    end = prog.probes[1].body.stmts
    one, loop = end[1], end[2]
    assert isinstance(one, ir.PrintAgg) and one.keys == [ir.StrLit("x")] and one.called == "println"
    # the loop: every element's histogram after its key, as the print() form lowers
    assert loop == ir.PrintAgg("seeks", layout="stap_hist", fmt="Device: %s\n", value_func="hist_log",
                               sort_by="value", descending=True, limit=5)
    assert loop.called == "println"
    assert not any(isinstance(s, ir.Printf) and s.fmt == "\n" for s in end[1:])


def test_a_println_loop_is_d_s_printa_with_its_limit_before_the_delete():
    text, gaps = _forced(SEEKS, "s.stp", "d")
    end = text[text.index("profile:::tick-10s"):]
    # the limit drops the other rows right before the statistic is emptied: trunc is exact
    assert end.index("trunc(@seeks, 5);") < end.index('printa("Device: %s\\n%@d", @seeks);') \
        < end.index("trunc(@seeks);")
    assert "#pragma D option aggsortrev" in text and "not translated at" not in text
    assert len(gaps.found) == 1 and gaps.approximate(gaps.found[0])


def test_the_print_form_with_a_limit_before_the_delete_is_the_same_printa():
    # (the limit was refused for the print() form too: the check looked for the
    # printa made from the histogram's print, not the print itself, in the program)
    text, _ = _forced(SEEKS.replace("println(@hist", "print(@hist"), "s.stp", "d")
    assert 'trunc(@seeks, 5);\n    printa("Device: %s\\n%@d", @seeks);\n    trunc(@seeks);' in text


def test_a_println_loop_is_vue_s_print_of_the_range():
    text, gaps = _forced(SEEKS, "s.stp", "vue")
    assert "qrange(seeks[__pname], seeks_range, __arg3);" in text
    assert "print(seeks, 5, SORT_BY_VALUE | SORT_TYPE_DESCEND);" in text and "not translated at" not in text
    assert len(gaps.found) == 1 and gaps.approximate(gaps.found[0])


def test_stap_writes_the_println_loop_back():
    out = translate_text(SEEKS, "s.stp", "stap", "stap")
    assert 'printf("Device: %s\\n", ' in out and "println(@hist_log(seeks[" in out
    assert 'println(@hist_log(seeks["x"]))' in translate_text(
        'global seeks\nprobe begin { seeks["x"] <<< 1; println(@hist_log(seeks["x"])) }\n',
        "s.stp", "stap", "stap")


# A stap histogram without keys: Vue counts a distribution with qrange() into an
# element of an associative array, so the forced port keeps it in an array of one
# element keyed by the statistic's name (frontends/vue/onekey_hist.py).
KEYLESS = """\
global lat
probe syscall.read { lat <<< $count }
probe timer.s(5), end {
  print(@hist_linear(lat, 0, 1000, 100))
  delete lat
}
"""


def test_a_keyless_histogram_is_a_vue_range_of_one_element():
    text, gaps = _forced(KEYLESS, "l.stp", "vue")
    assert "range_t lat_range;" in text and "set_range(lat_range, LINEAR, 0, 1100, 100);" in text
    assert 'qrange(lat["lat"], lat_range, __arg3);' in text
    end = text[text.index("@@interval"):]
    assert end.index("print(lat);") < end.index("clear(lat);") and "not translated at" not in text
    near = next(ln for ln in end.splitlines() if "nearest equivalent" in ln)
    assert "at l.stp:4:3" in near and "the one element lat[\"lat\"]" in near
    assert "the values below start and above stop are its Others" in near
    assert len(gaps.found) == 1 and gaps.approximate(gaps.found[0])


def test_without_force_a_keyless_histogram_is_still_refused_in_vue():
    with pytest.raises(XtraceError, match=r"@hist_linear histogram in Vue .* set_range\(T, LINEAR"):
        translate_text(KEYLESS, "l.stp", "stap", "vue", gaps=Gaps())


def test_a_keyless_histogram_read_otherwise_stays_a_gap():
    # @count(lat): a value of the statistic the range does not keep
    text, _ = _forced(KEYLESS.replace("  delete lat", '  printf("%d\\n", @count(lat))'), "l.stp", "vue")
    assert 'lat["lat"]' not in text and "not translated at" in text


def test_a_bucket_read_is_its_own_gap_and_the_histogram_is_still_ported():
    # (frontends/histbuckets.py leaves the statement reading the bucket out first)
    text, gaps = _forced(KEYLESS.replace("  delete lat", "  println(@hist_linear(lat, 0, 1000, 100)[3])"),
                         "l.stp", "vue")
    assert 'qrange(lat["lat"], lat_range, __arg3);' in text and "print(lat);" in text
    assert "not translated at l.stp:5:11: stap's read of one histogram bucket" in text
