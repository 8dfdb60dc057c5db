"""D ports: a clause printing an aggregation that only a later clause updates.

D knows an aggregation from the first clause that updates it: dtrace refuses a
printa() above it ("unknown aggregation"), while stap and Vue scripts put their
printing timer or end probe anywhere. The port moves such a clause after the
clauses it needs when it passes none that could fire on the same probe
(frontends/d/clauseorder.py); a print no move mends is refused where it is, at its
file:line:col (found by mutation fuzzing: `printf(..., @min(s))` above `s <<< v`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError


def _d(src: str, force: bool = False) -> str:
    text = translate_text(src, "t.stp", "stap", "d", gaps=Gaps(force=force))
    analyze(frontends.parse(text, "port.d", "d"), _translation_target())  # it compiles as D
    return text


def test_a_timer_printing_above_the_probe_that_counts_moves_below_it():
    d = _d('global reads\n'
           'probe timer.s(1) { foreach (k in reads) printf("%s %d\\n", k, @count(reads[k])); exit() }\n'
           'probe syscall.read { reads[execname()] <<< 1 }\n')
    assert d.index("syscall::read:entry") < d.index("profile:::tick-1s")
    assert 'printa("%s %@d\\n", @reads);' in d


def test_clauses_that_may_fire_on_one_probe_keep_their_order_and_the_print_is_refused():
    src = ('global reads\n'
           'probe syscall.read { foreach (k in reads) printf("%s %d\\n", k, @count(reads[k])) }\n'
           'probe syscall.read { reads[execname()] <<< 1 }\n')
    with pytest.raises(XtraceError) as info:
        translate_text(src, "t.stp", "stap", "d")
    msg = str(info.value)
    assert (info.value.loc.line, info.value.loc.col) == (2, 22)  # the foreach printing the rows
    assert "printing 'reads', before any statement adds to it, has no D equivalent" in msg
    assert "nearest: print it in a clause after the one that first updates it" in msg


def test_a_print_above_the_first_update_in_its_own_clause_is_refused_and_forced_a_gap():
    src = ('global s\n'
           'probe begin {\n'
           '  printf("min=%d max=%d\\n", @min(s), @max(s))\n'
           '  s <<< -5; s <<< 3\n'
           '  printf("min=%d max=%d\\n", @min(s), @max(s))\n'
           '  exit()\n'
           '}\n')
    with pytest.raises(XtraceError) as info:
        translate_text(src, "t.stp", "stap", "d")
    assert (info.value.loc.line, info.value.loc.col) == (3, 3)
    assert str(info.value).startswith("printing 's_min', 's_max', before any statement adds to "
                                      "them, has no D equivalent")
    d = _d(src, force=True)
    assert "/* xtrace --force: not translated at t.stp:3:3: printing 's_min'" in d
    assert 'printa("min=%@d max=%@d\\n", @s_min, @s_max);' in d  # the second print stays


def test_a_histogram_nothing_fills_is_a_gap_not_a_printa_of_an_unknown_aggregation():
    d = _d('global s\nprobe begin { print(@hist_log(s)); println("done") }\n', force=True)
    assert "printing 's', which no statement adds to, has no D equivalent" in d
    assert "printa(@s)" not in d


def test_an_aggregation_nothing_fills_gets_no_trunc_at_the_end():
    """(mutation fuzzing: stat_variance.stp without `u <<< 5`) the forced port
    emptied the never-filled @u at END to keep D's exit dump from printing it,
    which does not compile; nothing fills it, so there is nothing to empty."""
    d = _d('global s, u\n'
           'probe begin { s <<< 1; s <<< 3; printf("%d %d\\n", @variance(s), @variance(u)); exit() }\n',
           force=True)
    assert "trunc(@u)" not in d and "@u" not in d


def test_of_several_aggregations_printed_the_refusal_names_the_ones_not_yet_filled():
    """(mutation fuzzing: foreach_union_of_arrays.stp without its update of `one`)"""
    src = open(Path(__file__).resolve().parents[1] / "conformance/stap/foreach_union_of_arrays.stp").read()
    cut = "\tif (sig == 10) one[execname(), pid_name] <<< sig\n"
    assert cut in src
    d = _d(src.replace(cut, ""), force=True)
    assert "printing 'one_count', 'one_sum', which no statement adds to, has no D equivalent" in d
