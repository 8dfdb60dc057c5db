"""stap -> D (and Vue) refusals a porter writes around (issue 7): stap's string
functions of constants (ir/stapconst.py), which D and Vue have no function for,
ported as the text stap computes; the same calls of values only known at run time
stay refused."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir import stapconst
from xtrace.ir.loc import XtraceError


@pytest.mark.parametrize("name, args, out", [
    # string.stp's str_replace: every occurrence from the left, none overlapping
    ("str_replace", ["a-b-c", "-", "+"], "a+b+c"),
    ("str_replace", ["aaaa", "aa", "b"], "bb"),
    ("str_replace", ["aaa", "aa", "b"], "ba"),
    ("str_replace", ["hello", "", "x"], "hello"),   # an empty search string: unchanged
    ("str_replace", ["hello", "l", ""], "heo"),
    # text_str: printable ASCII but `"` and `\` as is, C's letters, else 3 octal digits
    ("text_str", ["tab\there\n"], "tab\\there\\n"),
    ("text_str", ["q\"b\\"], "q\\\"b\\\\"),
    ("text_str", ["bell\a esc\033 it's"], "bell\\a esc\\033 it's"),
    ("string_quoted", [""], '""'),
    ("string_quoted", ["a\nb"], '"a\\nb"'),
    # text_strn: the limit counts output characters; quoted, the quotes count and a
    # cut text ends in "... in place of its last three characters
    ("text_strn", ["hello\tworld", 8, 0], "hello\\tw"),
    ("text_strn", ["hello world", 8, 1], '"hel"...'),
    ("text_strn", ["hello", 7, 1], '"hello"'),
    ("text_strn", ["hello", 3, 1], '""...'),
    ("text_strn", ["\001x", 4, 0], "\\001"),
    ("text_strn", ["abc", 100000, 0], "abc"),
    # ctime.stp: asctime's layout in UTC, 32-bit seconds only
    ("ctime", [0], "Thu Jan  1 00:00:00 1970"),
    ("ctime", [-1], "Wed Dec 31 23:59:59 1969"),
    ("ctime", [2147483647], "Tue Jan 19 03:14:07 2038"),
    ("ctime", [-2147483648], "Fri Dec 13 20:45:52 1901"),
    ("ctime", [2147483648], "conversion error"),
    ("isdigit", ["7up"], 1),
    ("isdigit", [""], 0),
])
def test_stap_string_functions_of_constants_have_stap_values(name, args, out):
    assert stapconst.call_value(name, args) == out


@pytest.mark.parametrize("name, args", [
    ("text_str", ["caf\u00e9"]),          # stap escapes UTF-8 by code point: not folded
    ("str_replace", ["x" * 100, "x", "yy"]),  # 200 characters: a language would cut it
    ("str_replace", ["a", "a", 1]),       # not of its types
])
def test_what_is_not_certain_is_not_folded(name, args):
    assert stapconst.call_value(name, args) is None


CONSTS = """probe begin {
\tprintln(str_replace("/usr/lib", "/", "::"))
\tprintf("[%s]\\n", text_str("a\\tb"))
\tprintln(string_quoted("it's"))
\tprintln(ctime(1000000000))
\ts = "n=" . sprintf("%04x|%-3s|", 3054, "ab")
\tprintln(s)
\texit()
}
"""


def test_calls_of_constants_are_their_text_in_d():
    out = translate_text(CONSTS, "t.stp", "stap", "d")
    for name in ("str_replace", "text_str", "string_quoted", "ctime", "sprintf"):
        assert name not in out
    assert 'printf("::usr::lib\\n");' in out
    assert 'printf("[a\\\\tb]\\n");' in out
    assert 'printf("\\"it\'s\\"\\n");' in out
    assert 'printf("Sun Sep  9 01:46:40 2001\\n");' in out
    assert '"0bee|ab |"' in out


def test_calls_of_constants_are_their_text_in_vue():
    out = translate_text(CONSTS, "t.stp", "stap", "vue")
    assert "str_replace" not in out and "ctime" not in out
    assert "::usr::lib" in out and "Sun Sep  9 01:46:40 2001" in out


@pytest.mark.parametrize("call, name", [
    ('str_replace(execname(), "e", "E")', "str_replace"),
    ("text_str(execname())", "text_str"),
    ("ctime(gettimeofday_s())", "ctime"),
])
def test_calls_of_run_time_values_stay_refused_in_d(call, name):
    src = f"probe begin {{ println({call}); exit() }}\n"
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "t.stp", "stap", "d")
    assert f"'{name}'" in ex.value.message or f"{name}()" in ex.value.message


def test_sprintf_of_a_run_time_value_stays_refused_in_d():
    src = ('global a\nprobe begin { a[sprintf("%x", pid())] = 1; exit() }\n'
           'probe end { foreach (k in a) println(k) }\n')
    with pytest.raises(XtraceError, match="sprintf"):
        translate_text(src, "t.stp", "stap", "d")


def test_sprintf_value_follows_stap_printf():
    e = ir.Sprintf("%#x|%5d|%c", [ir.IntLit(0), ir.IntLit(-42), ir.IntLit(65)])
    # stap writes the 0x of %#x for 0 too, where C's printf writes 0
    assert stapconst.sprintf_value(e, "stap") == "0x0|  -42|A"
    assert stapconst.sprintf_value(ir.Sprintf("%d", [ir.Var("x")]), "stap") is None


# ------------------------------------------- a local that holds one literal throughout

def _body(src: str) -> ir.Block:
    from xtrace import frontends
    return frontends.parse(src, "t.stp", "stap", None, port=True).probes[0].body


def test_a_local_stored_once_with_a_literal_is_that_literal():
    from xtrace.ir.constlocals import constant_locals
    body = _body('probe begin { s = "abc"; n = 42; if (pid()) m = 1; k = 1; k++; '
                 'println(s, n, m, k); exit() }\n')
    # m is stored only on one branch, k twice: neither holds one value throughout
    assert constant_locals(body) == {"s": "abc", "n": 42}


def test_a_local_read_before_its_store_is_not_a_constant():
    from xtrace.ir.constlocals import constant_locals
    body = _body('probe begin { println(s); s = "abc"; println(s); exit() }\n')
    assert constant_locals(body) == {}


def test_calls_of_a_constant_local_are_their_values_in_d():
    src = ('probe begin { s = "abc"; n = 42\n'
           '\tprintf("%d %d\\n", stringat(s, 0), stringat(s, 2))\n'
           '\th = "hex=" . sprintf("%x", n); if (h == "hex=2a") println(h); exit() }\n')
    out = translate_text(src, "t.stp", "stap", "d")
    assert 'printf("%d %d\\n", 97, 99);' in out
    # a value kept, which D cannot format: the text stap makes
    assert 'this->h = strjoin("hex=", "2a");' in out


def test_a_local_stored_twice_is_not_folded():
    src = ('probe begin { s = "abc"; if (pid() > 1) s = "xyz"\n'
           '\tprintf("%d\\n", stringat(s, 0)); exit() }\n')
    # (not folded: the call stays, through the port's char array inline, d40left)
    out = translate_text(src, "t.stp", "stap", "d")
    assert 'printf("%d\\n", stringat[this->s, 0]);' in out and "97" not in out


# ------------------------------------------- a regular expression match of a constant

def test_a_match_of_a_constant_subject_is_decided_in_d_and_vue():
    src = ('probe begin { printf("%d %d %d\\n", "abc123" =~ "[[:digit:]]{3}$", '
           '"hello" =~ "^x", "abc" !~ "z")\n'
           '\tif ("core" =~ "^(core|sys)$") println("core"); exit() }\n')
    for to in ("d", "vue"):
        out = translate_text(src, "t.stp", "stap", to)
        assert 'printf("%d %d %d\\n", 1, 0, 1);' in out
        assert 'printf("core\\n");' in out and "if" not in out.split("{", 1)[1]


def test_a_match_of_a_run_time_subject_stays_refused_in_d():
    src = 'probe begin { printf("%d\\n", execname() =~ "^s[a-z]+d$"); exit() }\n'
    with pytest.raises(XtraceError, match="regular expression"):
        translate_text(src, "t.stp", "stap", "d")


def test_constant_match_follows_the_runtime():
    from xtrace.ir.regexstr import constant_match
    m = ir.RegexMatch(ir.StrLit("a.b"), "a\\.b")
    assert constant_match(m) == 1
    assert constant_match(ir.RegexMatch(ir.StrLit("axb"), "a\\.b")) == 0
    assert constant_match(ir.RegexMatch(ir.StrLit("axb"), "a\\.b", negate=True)) == 1
    assert constant_match(ir.RegexMatch(ir.Var("s"), "x")) is None
    assert constant_match(ir.RegexMatch(ir.StrLit("x"), "(")) is None   # not a pattern it compiles


# ------------------------------------------- an array each of whose elements is stored once

ONCE = """global a
probe begin {
\ta["one"] = 1; a["two"] = 2; a["three"] = 3
\tforeach (v = k in a-) printf("%s:%d\\n", k, v)
\texit()
}
"""


def test_an_array_stored_once_per_element_is_a_sum_printed_by_printa():
    out = translate_text(ONCE, "t.stp", "stap", "d")
    assert '@a["one"] = sum(1);' in out and '@a["three"] = sum(3);' in out
    assert 'printa("%s:%@d\\n", @a);' in out and "aggsortrev" in out


@pytest.mark.parametrize("change, why", [
    # a tie sorted by value: printa breaks it by key (here, under aggsortrev, "two"
    # before "one"), stap by the order stored ("one" first). (Stored in printa's order,
    # "two" then "three", a tie is a printa: test_translate_s2dref2.py)
    (('a["one"] = 1', 'a["one"] = 2'), "tie"),
    # the same key stored twice: the array holds the last value, a sum both
    (('a["three"] = 3', 'a["one"] = 3'), "twice"),
    # a store that may run more than once
    (("probe begin {", "probe timer.ms(10) {"), "not once"),
    (('a["one"] = 1;', 'for (i = 0; i < 2; i++) a["one"] = i;'), "loop"),
])
def test_an_array_not_stored_once_per_element_stays_refused(change, why):
    src = ONCE.replace(*change)
    assert src != ONCE, why
    with pytest.raises(XtraceError, match="foreach"):
        translate_text(src, "t.stp", "stap", "d")


# ------------------------------------------- perf's software context-switch event

def test_every_context_switch_is_sched_off_cpu_in_d():
    src = ("global n\nprobe perf.sw.context_switches.sample(1) { if (pid() == target()) n++ }\n"
           'probe end { printf("%d\\n", n > 0) }\n')
    out = translate_text(src, "t.stp", "stap", "d")
    assert "sched:::off-cpu\n/pid == $target/" in out


@pytest.mark.parametrize("point", [
    "perf.sw.context_switches.sample(2)",   # every other switch, per CPU: no D form
    "perf.sw.context_switches",             # stap's default period, a million
    "perf.sw.page_faults.sample(1)",
    "perf.hw.cpu_cycles.sample(1)",
])
def test_other_perf_events_stay_refused_in_d(point):
    src = f"global n\nprobe {point} {{ n++ }}\nprobe end {{ printf(\"%d\\n\", n) }}\n"
    with pytest.raises(XtraceError, match="perf event probe"):
        translate_text(src, "t.stp", "stap", "d")


@pytest.mark.parametrize("args, out", [
    (["systemtap", 0, 6], "system"),
    (["systemtap", 6, 100], "tap"),
    (["systemtap", 9, 2], ""),      # a start at the end or past it: nothing
    (["hello", -1, 3], ""),         # a negative start: nothing
    (["hello", 3, 0], ""),
    (["hello", 3, -2], ""),
])
def test_stap_substr_of_constants(args, out):
    assert stapconst.call_value("slice", args) == out


def test_stap_substr_of_a_constant_local_is_its_text_in_vue():
    src = 'probe begin { s = "systemtap"; printf("[%s] [%s]\\n", substr(s, 0, 6), substr(s, 20, 2)); exit() }\n'
    out = translate_text(src, "t.stp", "stap", "vue")
    assert 'printf("[system] []\\n");' in out
    # D has substr(): written as D's, under its guards, not folded
    assert "substr(this->s, 0, 6)" in translate_text(src, "t.stp", "stap", "d")
