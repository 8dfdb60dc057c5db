"""D's strtoll(s [, base]) (DTrace's parse: blanks and tabs, a sign, 0x in base 16,
digits to base 36), and its ports: stap's strtol() where it parses the same, else a
helper parsing as D; Vue's atoi() in base 10."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated


def _calls(text: str, lang: str, name: str) -> list[ir.Call]:
    prog = frontends.parse(text, "t." + {"d": "d", "stap": "stp", "vue": "e"}[lang], lang)
    return [n for p in prog.probes for n in ir.walk(p.body) if isinstance(n, ir.Call) and n.name == name]


def test_the_default_base_is_ten_said_in_the_ir():
    calls = _calls('BEGIN { x = strtoll("12"); y = strtoll("12", 8); exit(0); }', "d", "strtoll")
    assert [c.args[1] for c in calls] == [ir.IntLit(10), ir.IntLit(8)]


def test_strtoll_takes_one_or_two_arguments():
    with pytest.raises(XtraceError, match=r"strtoll\( \) prototype mismatch: 3 args passed"):
        frontends.parse('BEGIN { x = strtoll("1", 2, 3); }', "t.d", "d")
    with pytest.raises(XtraceError, match="argument #1 is incompatible with prototype"):
        frontends.parse('BEGIN { x = strtoll(1); }', "t.d", "d")


def test_stap_strtol_is_d_strtoll_and_back():
    d = translated('probe begin { printf("%d %d\\n", strtol("ff", 16), strtol("12", 10)) exit() }\n', "d")
    assert 'strtoll("ff", 16), strtoll("12")' in d
    stp = translate_text(d, "t.d", "d", "stap")
    assert 'strtol("ff", 16), strtol("12", 10)' in stp
    assert "function" not in stp


def test_a_string_strtol_may_parse_otherwise_goes_through_the_helper():
    d = ('#pragma D option quiet\n'
         'syscall::openat:entry { printf("%d %d\\n", strtoll(execname), strtoll("z", 36)); }\n')
    stp = translated(d, "stap", "d")
    assert "dtrace_strtoll(execname(), 10), dtrace_strtoll(\"z\", 36)" in stp
    assert "function dtrace_strtoll:long(dt_s:string, dt_base:long)" in stp
    # the helper reads back as D's strtoll: the port of the port is the script
    back = translate_text(stp, "t.stp", "stap", "d")
    assert "strtoll(execname), strtoll(\"z\", 36)" in back
    assert "dtrace_strtoll" not in back


def test_a_constant_illegal_base_is_refused_into_stap():
    with pytest.raises(XtraceError, match="strtoll\\(\\) in base 1 is DTrace's illegal operation"):
        translate_text('BEGIN { printf("%d\\n", strtoll("1", 1)); exit(0); }', "t.d", "d", "stap")


def test_vue_atoi_is_d_strtoll_in_base_ten_and_back():
    vue = '@@BEGIN { printf("%d\\n", atoi("123") + 1); exit(); }\n'
    d = translated(vue, "d", "vue")
    assert 'strtoll("123") + 1' in d
    assert 'atoi("123") + 1' in translate_text(d, "t.d", "d", "vue")
    with pytest.raises(XtraceError, match="Vue has no strtoll"):
        translate_text('#pragma D option quiet\nBEGIN { printf("%d\\n", strtoll("11", 2)); exit(0); }', "t.d", "d", "vue")
