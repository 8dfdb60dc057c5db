"""Regressions from the sixteenth sample of real scripts (docs/translate-real-scripts.md,
"Sixteenth sample"): bahamas10's and agokhale's D one-liners, Luca Canali's D and
SystemTap latency histograms."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from xtrace.frontends.stap.points import library_path

# how a stap port names libc: by its path on this machine, as stap needs
LIBC = library_path("libc.so.6")


# ------------------------------------------------- clear() of an avg() in stap

# bahamas10's syscall-latency.d, reduced: the average latency each second, cleared
LATENCY = """#pragma D option quiet
syscall::read:entry { self->s = timestamp; }
syscall::read:return /self->s/ { @["time in ns"] = avg(timestamp - self->s); }
tick-1sec { printa("%@u", @); printf("\\n"); clear(@); }
"""


def test_cleared_avg_is_a_sum_and_a_count_in_stap():
    """clear() keeps an avg()'s keys, printed with 0 (libdtrace: the average of no
    values); a stap statistics array cannot hold them, so the port averages by hand.
    It was refused ("clear(@) of a avg() aggregation keeps it with the value 0")."""
    out = translate_text(LATENCY, "t.d", "d", "stap")
    assert 'avgs["time in ns"] += ktime_get_ns() - s[tid()]' in out
    assert 'avgs_count["time in ns"]++' in out
    # printed sorted by the average, through the scratch array of rows
    assert "printa_rows[key] = avgs_count[key] ? avgs[key] / avgs_count[key] : 0" in out
    assert "foreach ([key] in printa_rows+)" in out and 'printf("%u", printa_rows[key])' in out
    # clear(): each key's sum and count back to 0, the keys kept
    assert "foreach ([key] in avgs_keys) {\n        avgs[key] = 0\n        avgs_count[key] = 0\n    }" in out
    assert "<<<" not in out and "@avg" not in out
    frontends.parse(out, "back.stp", "stap")


def test_trunc_of_cleared_avg_drops_both_arrays():
    src = LATENCY.replace("clear(@); }", "clear(@); }\nEND { trunc(@); printa(\"%@u\\n\", @); }")
    out = translate_text(src, "t.d", "d", "stap")
    assert "delete avgs\n    delete avgs_count" in out
    frontends.parse(out, "back.stp", "stap")


def test_trunc_n_of_cleared_avg_and_cleared_min_are_refused():
    src = LATENCY.replace("clear(@); }", "clear(@); trunc(@, 1); }")
    with pytest.raises(XtraceError, match=r"trunc\(@, n\) of a clear\(\)ed avg\(\)"):
        translate_text(src, "t.d", "d", "stap")
    src = LATENCY.replace("avg(", "min(")
    with pytest.raises(XtraceError, match=r"clear\(@\) of a min\(\) aggregation"):
        translate_text(src, "t.d", "d", "stap")


# ------------------------------------------- a division by a constant cannot fault

# bahamas10's syscall-counts.d, reduced: the wall clock's seconds
SECONDS = """#pragma D option quiet
syscall::read:entry { @[probefunc] = count(); }
tick-1sec { printf("%d ", walltimestamp / (1000 * 1000 * 1000)); printa("%@u", @); printf("\\n"); }
"""


def test_division_by_a_product_of_literals_needs_no_try():
    """A D clause that can fault gets `try { } catch { }` in stap; a division by a
    constant other than 0 cannot, whether written as a literal or as a product."""
    out = translate_text(SECONDS, "t.d", "d", "stap")
    assert "try" not in out and "catch" not in out
    out = translate_text(SECONDS.replace("(1000 * 1000 * 1000)", "(1000 - 10 * 100)"), "t.d", "d", "stap")
    assert "try {" in out  # a constant 0: D's division error ends the clause


# ------------------------------------------------- the wall clock in stap's units

@pytest.mark.parametrize("unit, func, ns", [("(1000 * 1000 * 1000)", "gettimeofday_s", 1000000000),
                                            ("1000000000", "gettimeofday_s", 1000000000),
                                            ("1000000", "gettimeofday_ms", 1000000),
                                            ("(1000)", "gettimeofday_us", 1000)])
def test_walltimestamp_in_a_unit_is_gettimeofday(unit, func, ns):
    """`walltimestamp / (1000 * 1000 * 1000)` was `gettimeofday_ns() / (1000 * 1000 *
    1000)`; a porter writes gettimeofday_s(), which stap reads back as the same division."""
    out = translate_text(SECONDS.replace("(1000 * 1000 * 1000)", unit), "t.d", "d", "stap")
    assert f'printf("%d ", {func}())' in out
    src = f'#pragma D option quiet\nBEGIN {{ printf("%d\\n", walltimestamp / {unit}); exit(0); }}\n'
    back = translate_text(translate_text(src, "t.d", "d", "stap"), "t.stp", "stap", "d")
    assert f"walltimestamp / {ns})" in back


def test_other_divisions_of_walltimestamp_stay():
    out = translate_text(SECONDS.replace("(1000 * 1000 * 1000)", "60"), "t.d", "d", "stap")
    assert "gettimeofday_ns() / 60" in out


def test_printf_date_of_walltimestamp_reads_gettimeofday_s():
    """Luca Canali's pread_tracedata.d prints `%Y` of walltimestamp: the port's ctime()
    of the local seconds was `ctime(gettimeofday_ns() / 1000000000 - tz_gmtoff())`."""
    src = '#pragma D option quiet\nBEGIN { printf("%Y\\n", walltimestamp); exit(0); }\n'
    out = translate_text(src, "t.d", "d", "stap")
    assert "date = ctime(gettimeofday_s() - tz_gmtoff())" in out
    frontends.parse(out, "back.stp", "stap")


# ------------------------------------- pid$target:::entry: every object's functions

# agokhale's dt_pidhist.dtrace with $target for its pid: calls by function and object
PIDHIST = """pid$target:::entry { @hist[probefunc, probemod] = count(); }
syscall:::entry /pid == $target/ { @hist[probefunc, probemod] = count(); }
"""


def test_every_function_of_every_object_is_the_program_s_and_libc_s():
    """D's `pid$target:::entry` is every function of every object in the process; the
    port was `process.function("*")`, the program's alone, which matches nothing in a
    stripped program (the guest's dash: "no function matches '*'"). Now also libc's,
    the program's optional, the hits filtered to the -c command's process."""
    out = translate_text(PIDHIST, "t.d", "d", "stap")
    assert 'probe process.function("*")?, process("' + LIBC + '").function("*")\n{\n' \
           '    if (pid() != target()) next\n' in out
    assert "hist[ppfunc(), umodname(uaddr())] <<< 1" in out
    frontends.parse(out, "back.stp", "stap")


def test_program_and_library_points_of_one_probe_are_filtered_to_the_target():
    """A probe on the -c command's program and on a library of its process: the
    library's probe fires in every process mapping it, so the probe tests the pid
    (it had no test when the program's point was beside the library's)."""
    src = "pid$target:a.out:main:entry, pid$target:libc.so.6:sync:entry { @[probefunc] = count(); }"
    out = translate_text(src, "t.d", "d", "stap")
    assert 'probe process.function("main"), process("' + LIBC + '").function("sync")\n{\n' \
           '    if (pid() != target()) next\n' in out
