"""The built-ins naming the probe that fired, ported: stap's pp()/pn() of kernel
or user function points and tracepoints in D (frontends/d/pp_back.py), and D's
probeprov/probemod/probename of pid, USDT, tracepoint and BEGIN-with-a-timer
clauses in stap (frontends/stap/probedesc_back.py, the printer's _probe_desc).
That the ports print what the originals print runs in the sandbox: the matrix's
stap -> d cells of pp_wildcard_function, tracepoint_arg_positions and
pp_function_points, and the d -> stap cells of pid_every_object,
probe_builtins_begin_and_tick, usdt_python_function_entry and
probe_builtins_tracepoint. Here: the port's text, that it reads back, and the D
tests of a glob evaluated against fnmatch for many names."""

from __future__ import annotations

import fnmatch
import re

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.d.pp_back import _glob_test
from xtrace.ir.loc import XtraceError

from translating import unwrapped


def _d(stap: str) -> str:
    out = translate_text(stap, "t.stp", "stap", "d")
    frontends.parse(out, "back.d", "d")  # it is real D
    return out


def _stap(d: str) -> str:
    out = translate_text("#pragma D option quiet\n" + d, "t.d", "d", "stap")
    frontends.parse(out, "back.stp", "stap")  # it is real stap
    return out


def _eval_d_test(test: str, value: str) -> bool:
    """Evaluate a D test made of strlen(), substr(), ==, >= and && on one string
    variable `probefunc` (the forms _glob_test writes), as D's functions do."""
    py = test.replace("&&", " and ")
    py = re.sub(r"strlen\(probefunc\)", "len(v)", py)
    py = re.sub(r"substr\(probefunc, ([^,]+), (\d+)\)", r"v[\1:\1 + \2]", py)
    py = py.replace("probefunc", "v")
    return bool(eval(py, {"len": len}, {"v": value}))  # noqa: S307 (our own text)


NAMES = ["vfs_read", "vfs_write", "vfs_readv", "vfs_rea", "xvfs_read", "vfs_", "do_sys_open",
         "ksys_read", "ksys_write", "sys_readlink", "a", "", "read", "vfs_xread"]


@pytest.mark.parametrize("pattern", ["vfs_rea?", "vfs_*", "*_read", "vfs_*d", "v?s_*e?d",
                                     "*", "?", "ksys_*", "vfs_read", "*read*"[:-1] + "", "s?s_*link"])
def test_the_glob_test_matches_what_fnmatch_matches(pattern):
    test = _glob_test(pattern, "probefunc")
    assert test is not None
    for name in NAMES:
        assert _eval_d_test(test, name) == fnmatch.fnmatchcase(name, pattern), (pattern, name, test)


def test_a_glob_d_cannot_test_is_none():
    assert _glob_test("vfs_[rw]*", "probefunc") is None
    assert _glob_test("*read*", "probefunc") is None


def test_pp_of_wildcard_points_spelled_differently_is_a_choice_by_the_function():
    out = _d('probe kernel.function("vfs_rea?").call, kernel.function("vfs_writ?") '
             '{ println(pp()) }')
    assert ('printf("%s\\n", strlen(probefunc) == 8 && substr(probefunc, 0, 7) == "vfs_rea" ? '
            'strjoin("kernel.function(\\"", strjoin(probefunc, "\\").call")) : '
            'strjoin("kernel.function(\\"", strjoin(probefunc, "\\")")));') in unwrapped(out)


def test_pp_of_points_spelled_alike_is_one_join():
    out = _d('probe kernel.function("vfs_read"), kernel.function("vfs_wri*") { println(pp()) }')
    # the join's literal pieces are written into the format (printedjoins.py)
    assert 'printf("kernel.function(\\"%s\\")\\n", probefunc);' in out


def test_pp_of_an_entry_and_a_return_is_told_apart_by_probename():
    out = _d('probe kernel.function("vfs_read"), kernel.function("vfs_read").return '
             '{ println(pp()) }')
    assert ('probename == "entry" ? "kernel.function(\\"vfs_read\\")" : '
            '"kernel.function(\\"vfs_read\\").return"') in out


def test_pn_of_tracepoints_is_the_event_in_their_spelling():
    out = _d('probe kernel.trace("sched_switch"), kernel.trace("sched_wakeup") { println(pn()) }')
    assert 'printf("kernel.trace(\\"%s\\")\\n", probename);' in out


def test_pp_of_a_tracepoint_pattern_stays_refused():
    # the runtime names it by the pattern as written, not the event that fired
    with pytest.raises(XtraceError, match=r"stap's pp\(\) has no D equivalent"):
        _d('probe kernel.trace("sched:sched_proc*") { println(pp()) }')


def test_a_tracepoint_argument_at_different_positions_is_chosen_by_the_event():
    out = _d('probe kernel.trace("net_dev_start_xmit"), kernel.trace("net_dev_xmit") '
             '{ printf("%d\\n", $dev != 0) }')
    assert '(probename == "net_dev_start_xmit" ? args[1] : args[2])' in out


def test_begin_and_a_tick_name_their_provider_and_probe_by_pp():
    out = _stap('BEGIN, profile:::tick-100ms { printf("%s %s %s\\n", probeprov, probefunc, probename); }')
    assert ('printf("%s  %s\\n", pp() == "begin" ? "dtrace" : "profile", '
            'pp() == "begin" ? "BEGIN" : "tick-100ms")') in unwrapped(out)


def test_a_pid_probe_in_a_named_library_has_its_file_name_as_module():
    out = _stap('pid$target:libc.so.6:sync:entry { printf("%s %s %s\\n", probeprov, probemod, probename); }')
    assert 'printf("%s libc.so.6 entry\\n", sprintf("pid%d", pid()))' in out


def test_a_return_in_the_target_program_has_no_module_stap_can_say():
    # at a return, uaddr() is the caller's address, which may be in another object
    with pytest.raises(XtraceError, match="builtin 'probemod' cannot be expressed in stap"):
        _stap('pid$target::main:return { printf("%s\\n", probemod); }')


def test_a_usdt_probe_names_provider_module_and_marker():
    out = _stap('python$target:::function-entry { printf("%s %s %s\\n", probeprov, probemod, probename); }')
    assert 'printf("%s %s function-entry\\n", sprintf("python%d", pid()), umodname(uaddr()))' in out


def test_umodname_of_the_probe_address_at_a_marker_is_probemod_in_d():
    out = _d('probe process("/usr/bin/python3.11").provider("python").mark("function__entry") '
             '{ println(umodname(uaddr())) }')
    assert 'printf("%s\\n", probemod);' in out


def test_a_tracepoint_clause_names_its_event():
    out = _stap('tracepoint:sched::sched_process_exec { printf("%s:%s:%s\\n", probeprov, probemod, probename); }')
    assert 'printf("sdt:vmlinux:sched_process_exec\\n")' in out


def _vue_of(lang: str, text: str) -> str:
    out = translate_text(text, "t." + ("stp" if lang == "stap" else "d"), lang, "vue")
    frontends.parse(out, "back.e", "vue")  # it is real Vue
    return out


def test_pp_of_one_user_function_is_its_spelling_in_d_and_vue():
    stap = 'probe process("libc.so.6").function("sync") { println(pp()) }'
    expected = 'printf("process(\\"libc.so.6\\").function(\\"sync\\")\\n");'
    assert expected in _d(stap)
    assert expected in _vue_of("stap", stap)


def test_pp_of_a_user_function_pattern_has_no_vue_form():
    # the function that fired goes into the text, and Vue joins no strings
    with pytest.raises(XtraceError, match="pp"):
        _vue_of("stap", 'probe process("libc.so.6").function("sync*") { println(pp()) }')


def test_a_pid_probe_in_a_named_library_names_it_in_vue():
    out = _vue_of("d", '#pragma D option quiet\npid$target:libc.so.6:sync:entry '
                       '{ printf("%s %s\\n", probemod, probename); }')
    assert 'printf("libc.so.6 entry\\n");' in out
