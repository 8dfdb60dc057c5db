"""Regressions from the eighth sample of real scripts (docs/translate-real-scripts.md,
"Eighth sample"): the Dynamic Tracing Guide's demos as dtrace4linux and dtrace-utils
ship them, and SystemTap's own testsuite/systemtap.base scripts."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated


def test_log_of_a_literal_is_the_literal_line():
    # systemtap.base kfunct.stp, be_order.stp: log("systemtap starting probe") was
    # printf("%s\n", "systemtap starting probe") in D and Vue.
    stp = 'probe begin { log("systemtap starting probe") log("100% done") exit() }\n'
    d = translated(stp, "d", "stap")
    assert 'printf("systemtap starting probe\\n");' in d
    assert 'printf("100%% done\\n");' in d
    vue = translated(stp, "vue", "stap")
    assert 'printf("systemtap starting probe\\n");' in vue
    back = translated(stp, "stap", "stap")
    assert 'printf("systemtap starting probe\\n")' in back


def test_log_of_a_concatenation_is_still_spliced():
    stp = 'global n\nprobe end { log("count = " . sprint(n)) }\n'
    assert 'printf("count = %d\\n", n);' in translated(stp, "d", "stap")


def test_a_star_in_the_text_of_a_concatenation_is_spliced_like_any_text():
    # systemtap.base arith.stp: test("*", ...) printed "test N [*]\tpass" with a
    # concatenation that D wrote as nested strjoin()s and Vue refused (sprint()),
    # because a `*` anywhere in the format was taken for a `*` width.
    stp = ('global testno\nfunction test(v) { println("test " . sprint(++testno) . " [" . v . "]") }\n'
           'probe begin { test("*") test("+") exit() }\n')
    d = translated(stp, "d", "stap")
    assert 'printf("test %d [*]\\n", ++testno);' in d and "strjoin" not in d
    vue = translated(stp, "vue", "stap")
    assert 'printf("test %d [*]\\n", ++testno);' in vue


@pytest.mark.parametrize("fmt, star", [
    ("%*d", True), ("%-*s", True), ("%.*s", True), ("%5.*d", True),
    ("test [*] %s", False), ("%%*", False), ("%d%%*x", False), ("a*b %d", False),
])
def test_a_star_conversion_is_a_star_width_or_precision_only(fmt, star):
    assert ir.has_star_conversion(fmt) is star


@pytest.mark.parametrize("expr, value", [
    ("120 << -2", 120), ("-4096 << -3", -4096), ("-4096 >> -3", -4096), ("120 >> 64", 120)])
def test_a_stap_shift_by_a_constant_outside_0_to_63_is_no_shift(expr, value):
    # systemtap.base arith.stp expects `120 << -2` to be 120 (its .exp wants no failure);
    # xtrace's stap shifted by the count's low six bits (C's x86 shift), giving 0.
    prog = frontends.parse(f"probe begin {{ x = {expr}; printf(\"%d\\n\", x) }}\n", "t.stp", "stap")
    (assign,) = [n for n in ir.walk(prog.probes[0].body) if isinstance(n, ir.Assign)]
    assert assign.value == ir.IntLit(value)
    d = translated(f'probe begin {{ printf("%d\\n", {expr}) exit() }}\n', "d", "stap")
    assert f'printf("%d\\n", {value});' in d


def test_a_stap_shift_by_a_count_in_range_stays_a_shift():
    d = translated('probe begin { printf("%d\\n", 1 << 8) exit() }\n', "d", "stap")
    assert "1 << 8" in d


def test_a_begin_record_first_prints_the_heading_without_a_flag():
    # dtrace-utils builtin/ppid.d, script/interp.d: `BEGIN { trace(ppid); exit(0); }`
    # printed the heading under `if (!dtrace_heading)`, a global of its own; BEGIN's
    # record is the session's first, so the heading goes there unconditionally.
    stp = translated("BEGIN { trace(ppid); exit(0); }\n", "stap", "d")
    assert "dtrace_heading" not in stp
    assert stp.index('printf("CPU     ID                    FUNCTION:NAME\\n")') \
        < stp.index('printf("%3d %6d %32s ", cpu(), 1, ":BEGIN")')


def test_later_records_print_no_heading_after_a_begin_record():
    src = "BEGIN { trace(1); }\nsyscall::getppid:entry { trace(2); exit(0); }\n"
    stp = translated(src, "stap", "d")
    assert "dtrace_heading" not in stp and stp.count("FUNCTION:NAME") == 1


@pytest.mark.parametrize("src", [
    # a syscall clause's record may come first: the flag stays
    "syscall::getppid:entry { trace(1); }\nBEGIN { trace(2); }\n",
    # a BEGIN clause with a predicate may print no record
    "BEGIN /ppid/ { trace(1); }\nsyscall::getppid:entry { trace(2); }\n",
])
def test_the_heading_flag_stays_where_the_first_record_is_not_certain(src):
    assert "dtrace_heading" in translated(src, "stap", "d")


def test_a_d_shift_by_a_count_outside_0_to_63_is_its_low_six_bits_in_stap():
    # D (C on x86) shifts `x << 65` by 1; stap would not shift by 65 at all
    stp = translated('BEGIN { x = 3; printf("%d\\n", x << 65); exit(0); }\n', "stap", "d")
    assert 'printf("%d\\n", x << 1)' in stp


def test_an_exit_status_the_clause_decides_as_0_is_a_plain_exit_in_stap():
    # dtrace-utils builtin/probeprov.d: `BEGIN { exit(probeprov == "dtrace" ? 0 : 1); }`
    # was refused ("exit with a status"); at BEGIN probeprov is "dtrace", the status 0.
    stp = translated('BEGIN { exit(probeprov == "dtrace" ? 0 : 1); }\n', "stap", "d")
    assert "exit()" in stp and "probeprov" not in stp


@pytest.mark.parametrize("src", [
    'BEGIN { exit(probeprov == "syscall" ? 0 : 1); }\n',  # 1: a status stap cannot give
    'syscall::read:entry { exit(probefunc == "read" ? 0 : 1); }\n',  # decided at run time
    'BEGIN { exit(1); }\n',
])
def test_an_exit_status_that_is_not_0_stays_refused_in_stap(src):
    with pytest.raises(XtraceError, match="exit with a status"):
        translated(src, "stap", "d")


OPTIONAL = ('probe foo ?,\n      process("/do/not/exist").function("main") !,\n'
            '      kernel.trace("no trace") !,\n      module("no mod").function("*") ?,\n'
            '      kernel.function("no such func*") !,\n      begin {\n}\n')


def test_optional_points_that_match_nothing_leave_the_port():
    # systemtap.base optionalprobe.stp: every point but `begin` is optional and matches
    # nothing (a missing file, names with blanks); the ports are an empty BEGIN clause
    assert translated(OPTIONAL, "d", "stap").endswith("BEGIN\n{\n}\n")
    assert translated(OPTIONAL, "vue", "stap").endswith("@@BEGIN\n{\n}\n")


def test_an_optional_point_on_a_missing_file_is_no_error():
    from xtrace.ir.analysis import analyze
    from xtrace.driver.translate import _translation_target
    prog = frontends.parse('probe process("/do/not/exist").function("main") ?, begin { }\n',
                           "t.stp", "stap")
    analyze(prog, _translation_target())
    assert [p.kind for p in prog.probes[0].points] == ["begin"]


def test_a_required_point_on_a_missing_file_is_still_an_error():
    from xtrace.ir.analysis import analyze
    from xtrace.driver.translate import _translation_target
    prog = frontends.parse('probe process("/do/not/exist").function("main") { }\n', "t.stp", "stap")
    with pytest.raises(XtraceError, match="/do/not/exist"):
        analyze(prog, _translation_target())


def test_a_function_local_set_on_both_branches_needs_no_reset_in_the_port():
    # systemtap.base arith.stp: test()'s `result` is "pass" or "fail" on the two
    # paths; its written-out copies began with `this->test_result = "";`
    stp = ('global n\nfunction test(a, b) {\n  if (a == b) { n++; result = "pass" } else { result = "fail" }\n'
           '  println(result)\n}\nprobe begin { test(1, 1) test(1, 2) exit() }\n')
    for to in ("d", "vue"):
        assert 'test_result = ""' not in translated(stp, to, "stap")


def test_a_function_local_set_on_one_branch_keeps_its_reset():
    stp = ('function f(a) {\n  if (a) { r = "x" } else { a = 2 }\n  println(r)\n}\n'
           'probe begin { f(1) f(0) exit() }\n')
    assert 'this->f_r = "";' in translated(stp, "d", "stap")
