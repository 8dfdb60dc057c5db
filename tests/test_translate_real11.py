"""Regressions from the eleventh sample of real scripts (docs/translate-real-scripts.md,
"Eleventh sample"): dtrace-utils' funcs, predicates, arrays, bitfields and
builtinvar unit tests, the DTrace book's chapter 5, the DTraceToolkit's fddist, and
SystemTap's testsuite systemtap.base, systemtap.string and systemtap.printf scripts."""

from __future__ import annotations

import re

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.ir import conststr
from xtrace.ir.analysis import analyze
from translating import translated, unwrapped


# ------------------------------------------------------------ clauses of one tick

TICKS = """#pragma D option quiet
int i;
tick-1ms /i < 3/ { a[i] = i + 1; }
tick-1ms /i < 3/ { printf("%d %d\\n", i, a[i]); }
tick-1ms /i < 3/ { i++; }
tick-1ms /i == 3/ { exit(0); }
"""


def _c_source(src: str, lang: str) -> str:
    prog = frontends.parse(src, "t." + lang, lang)
    return generate(analyze(prog, _translation_target())).c_source


def test_the_clauses_of_one_tick_share_one_timer_in_script_order():
    # dtrace-utils funcs/tst.index.d: seven tick-1ms clauses, each its own hrtimer,
    # drifted apart in the VM (a row printed twice, another skipped)
    c = _c_source(TICKS, "d")
    assert len(re.findall(r"static struct hrtimer xt_tm_\d+;", c)) == 1
    calls = re.findall(r"xt_probe_(\d+)\(c\);", c.split("static enum hrtimer_restart xt_tm_fn_0")[1]
                       .split("return HRTIMER_RESTART;")[0])
    assert calls == sorted(calls, key=int) and len(calls) == 4


def test_timers_of_other_periods_stay_apart():
    c = _c_source("tick-1ms { x++; }\ntick-2ms { y++; }\nprofile-97 { z++; }\n", "d")
    assert len(re.findall(r"static struct hrtimer xt_tm_\d+;", c)) == 2
    assert len(re.findall(r"DEFINE_PER_CPU\(struct hrtimer, xt_tmc_\d+\)", c)) == 1


def test_d_tick_clauses_passing_globals_are_one_stap_probe():
    stp = translated(TICKS, "stap", "d")
    assert stp.count("probe timer.ms(1)") == 1
    body = stp.split("probe timer.ms(1)")[1]
    # each predicate an if, in the clauses' order
    assert body.index("a[i] = i + 1") < body.index('printf("%d %d\\n", i, a[i])') \
        < body.index("i = dtrace_int(i + 1)") < body.index("exit()")
    assert "if (i < 3) {" in body and "if (i == 3) {" in body


def test_d_tick_clauses_passing_globals_are_one_vue_clause():
    vue = translated(TICKS, "vue", "d")
    assert vue.count("@@interval:*:clock:1\n") == 1
    assert "if (i < 3)" in vue and "when (" not in vue


def test_independent_tick_clauses_stay_separate_probes():
    d = ("#pragma D option quiet\ntick-1s { printf(\"a\\n\"); }\n"
         "tick-1s { printf(\"b\\n\"); exit(0); }\n")
    assert translated(d, "stap", "d").count("probe timer.s(1)") == 2


def test_stap_timer_probes_are_not_merged_into_one_d_clause():
    stp = "global n\nprobe timer.ms(10) { n++ }\nprobe timer.ms(10) { if (n > 3) exit() }\n"
    assert translated(stp, "d").count("tick-10ms") == 2


# ------------------------------------------------------------ constant string calls

def test_vue_port_writes_the_value_of_string_calls_of_constants():
    # dtrace-utils funcs/tst.substr-strjoin.d (without its ERROR clause): "BEG"
    d = ('#pragma D option quiet\nBEGIN { trace(substr(strjoin(strjoin(substr(probeprov, 0, 2), '
         'substr(probeprov, 2)), strjoin(substr(probename, 0, 3), substr(probename, 3))), 6, 3));'
         ' exit(0); }\n')
    assert 'printf("BEG");' in translated(d, "vue", "d")


def test_vue_port_of_lltostr_of_constants():
    # dtrace-utils funcs/tst.lltostr.d
    d = ('#pragma D option quiet\nBEGIN { printf("%s\\n", lltostr(-1)); '
         'printf("%s\\n", lltostr(-(1LL << 62))); exit(0); }\n')
    vue = translated(d, "vue", "d")
    assert 'printf("-1\\n");' in vue and 'printf("-4611686018427387904\\n");' in vue


def test_stap_stringat_of_a_literal_is_the_character_code_in_d_and_vue():
    # systemtap.printf char1.stp
    stp = 'probe begin { printf("%c%c", stringat("ok", 0), stringat("ok", 1)); exit() }\n'
    assert 'printf("%c%c", 111, 107);' in translated(stp, "d")
    assert 'printf("%c%c", 111, 107);' in translated(stp, "vue")


def test_a_string_call_of_a_variable_is_still_refused_in_vue():
    d = '#pragma D option quiet\nBEGIN { s = "abc"; printf("%d\\n", strlen(s)); exit(0); }\n'
    with pytest.raises(Exception, match="no strlen"):
        translated(d, "vue", "d")


@pytest.mark.parametrize("name, args, out", [
    ("substr", ["hello", 10], ""),
    ("substr", ["hello", -10], "hello"),
    ("substr", ["hello", -10, 7], "he"),
    ("substr", ["hello", 1, -1], "ell"),
    ("substr", ["hello", -2, 1], "l"),
    ("stringat", ["ok", 2], 0),
    ("strlen", [""], 0),
    ("lltostr", [-7], "-7"),
    ("lltostr", [255, 16], None),
    ("strjoin", ["a" * 200, "b" * 100], None),   # longer than strsize: not folded
])
def test_call_value_follows_dtrace(name, args, out):
    # the substr() rows are conformance d/substr_edges' expected output
    assert conststr.call_value(name, args) == out


def test_int_arithmetic_of_ints_is_folded_only_where_it_cannot_wrap():
    # `1 << 40` is an int's shift in D (32 bits): not folded; `1LL << 40` is
    d = ('#pragma D option quiet\nBEGIN { printf("%s %s\\n", lltostr(1 << 40), lltostr(1LL << 40));'
         ' exit(0); }\n')
    with pytest.raises(Exception, match="no lltostr"):
        translated(d, "vue", "d")


# ------------------------------------------------------------ psinfo_t on Linux

def test_psinfo_members_dtrace_utils_gives_on_linux():
    # dtrace-utils builtinvar/tst.psinfo.d stopped at pr_addr ("not available on Linux")
    d = ('#pragma D option quiet\nBEGIN { printf("%d %d %d %d %d %d %d\\n", '
         'curpsinfo->pr_addr == curlwpsinfo->pr_addr, curpsinfo->pr_dmodel, curpsinfo->pr_wstat, '
         'curpsinfo->pr_taskid, curpsinfo->pr_nzomb, curpsinfo->pr_poolid, curpsinfo->pr_contract); '
         'exit(0); }\n')
    stp = translated(d, "stap", "d")
    assert "task_current() == task_current(), 2, 0, 0, 0, 0, 0)" in stp


def test_psinfo_ttydev_is_the_tty_or_minus_one():
    d = '#pragma D option quiet\nBEGIN { printf("%p\\n", curpsinfo->pr_ttydev); exit(0); }\n'
    stp = translated(d, "stap", "d")
    assert '->signal->tty ? @cast(task_current(), "task_struct")->signal->tty : -1' in stp


def test_psinfo_argc_stays_refused_as_dtrace_utils_leaves_it_out():
    d = '#pragma D option quiet\nBEGIN { printf("%d\\n", curpsinfo->pr_argc); exit(0); }\n'
    with pytest.raises(Exception, match="pr_argc is not available on Linux"):
        translated(d, "stap", "d")


# ------------------------------------------------------------ substr() in stap

def test_stap_port_of_substr_of_a_known_string_is_stap_s_substr():
    # dtrace-utils funcs/tst.substr-strjoin.d: no dtrace_substr helper where stap's
    # substr() takes the same characters
    d = ('#pragma D option quiet\nBEGIN { trace(substr(strjoin(strjoin(substr(probeprov, 0, 2), '
         'substr(probeprov, 2)), strjoin(substr(probename, 0, 3), substr(probename, 3))), 6, 3));'
         ' exit(0); }\n')
    stp = translated(d, "stap", "d")
    assert 'printf("%s", substr(substr("dtrace", 0, 2) . substr("dtrace", 2, 4) . ' \
           '(substr("BEGIN", 0, 3) . substr("BEGIN", 3, 2)), 6, 3))' in unwrapped(stp)
    assert "dtrace_substr" not in stp


@pytest.mark.parametrize("call", ['substr("hello", 10)', 'substr("hello", -3)',
                                  'substr("hello", 1, -1)', "substr(execname, 1)",
                                  "substr(execname, 250, 7)"])
def test_stap_port_keeps_the_helper_where_stap_s_substr_differs(call):
    # past the end, a negative index or count, a string of unknown length with no
    # count (D's is the string size less the index), or a count D cuts at the size
    d = f'#pragma D option quiet\nBEGIN {{ printf("%s\\n", {call}); exit(0); }}\n'
    assert "dtrace_substr(" in translated(d, "stap", "d")


def test_stap_port_of_substr_of_any_string_within_the_size_is_stap_s_substr():
    # both take the count's characters from the index, cut at the string's end, and
    # "" from an index at or past it (d/string_funcs_execname.d runs so in stap)
    d = '#pragma D option quiet\nBEGIN { printf("%s\\n", substr(execname, 1, 2)); exit(0); }\n'
    stp = translated(d, "stap", "d")
    assert 'log(substr(execname(), 1, 2))' in stp
    assert "dtrace_substr" not in stp


# ------------------------------------------------------------ exit() in END

def test_a_closing_exit_in_a_stap_end_probe_is_not_ported():
    # systemtap.printf basic5.stp: `probe end { printf(...); exit() }`
    stp = 'probe begin { printf("a") }\nprobe timer.ms(100) { exit() }\nprobe end { printf("b"); exit() }\n'
    d = translated(stp, "d")
    assert d.split("END")[1].count("exit") == 0 and "tick-100ms\n{\n    exit(0);" in d
    assert translated(stp, "vue").split("@@END")[1].count("exit") == 0


def test_an_exit_alone_or_under_a_condition_in_end_stays():
    stp = 'global n\nprobe end { if (n) exit() }\nprobe end { exit() }\n'
    assert translated(stp, "d").count("exit(0);") == 2


# ------------------------------------------------------------ a counted break

POLL = """global called, polls
probe kernel.function("vfs_read") { called[execname()]++ }
probe timer.s(1) {
    todo = 10
    foreach ([n] in called-) {
        printf("%s %d\\n", n, called[n])
        todo--
        if (todo <= 0)
            break
    }
    delete called
    if (++polls > 3) exit()
}
"""


def test_a_foreach_counting_its_rows_down_to_a_break_is_a_limit():
    # systemtap.base poll_map.stp: the first ten rows, trunc() and printa() in D
    d = translated(POLL, "d")
    assert "    trunc(@called, 10);\n    printa(\"%s %@d\\n\", @called);\n    trunc(@called);\n" in d
    assert "#pragma D option aggsortrev" in d and "todo" not in d


@pytest.mark.parametrize("change", [
    ("todo = 10", "todo = 0"),                       # no row limit of at least 1
    ("        todo--\n", ""),                        # no countdown
    ("    delete called", "    printf(\"%d\\n\", todo)\n    delete called"),  # read after
])
def test_other_counters_are_left_as_loops(change):
    with pytest.raises(Exception, match="no loops"):
        translated(POLL.replace(*change), "d")
