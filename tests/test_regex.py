"""The ERE subset behind stap's =~ / !~ (ir/regex.py), checked against Python's re
where the two languages agree, plus what only POSIX spells."""

from __future__ import annotations

import re

import pytest

from xtrace.frontends.stap import parse
from xtrace.ir.regex import MAX_POSITIONS, RegexError, compile_regex, search

PATTERNS = ["^h.l+o$", "^x", "z", "a|b", "(ab)+c", "^$", "colou?r", "[0-9]{2,3}", "^[^a-c]+$",
            "x*", "a{2}", "foo$|^bar", "(a|b)*abb", r"\.", "a.c", "^(ab|cd){1,2}$", "[]a]", "[a-]",
            "b{2,}", "^a?$"]
SUBJECTS = ["hello", "", "abc", "ab", "ababc", "color", "colour", "12", "1", "xyz", "def", "aa",
            "foo", "bar", "xbar", "aabb", "babb", "a.c", "abcd", "cdab", "]", "-", "ababab", "bbb",
            "a"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_matches_like_python_re(pattern: str) -> None:
    c = compile_regex(pattern)
    for s in SUBJECTS:
        assert search(c, s.encode()) == bool(re.search(pattern, s)), (pattern, s)


def test_posix_classes() -> None:
    c = compile_regex("^[[:alpha:]]+[[:digit:]]{2}$")
    assert search(c, b"abc12") and not search(c, b"abc1") and not search(c, b"1bc12")


@pytest.mark.parametrize("pattern, why", [
    ("(a", "unmatched '('"), ("a)", "unmatched ')'"), ("*a", "repeats nothing"),
    (r"(a)\1", "back references"), ("[a", "unterminated"), ("[[:nope:]]", "unknown character class"),
    ("a" * (MAX_POSITIONS + 1), "positions"),
])
def test_rejects_outside_the_subset(pattern: str, why: str) -> None:
    with pytest.raises(RegexError, match=re.escape(why)):
        compile_regex(pattern)


def test_lowered_and_printed_back() -> None:
    from xtrace.frontends.stap import print_program
    prog = parse('probe begin { x = execname() !~ "^s(h|u)$"; exit() }', "t.stp")
    assert 'execname() !~ "^s(h|u)$"' in print_program(prog)


@pytest.mark.parametrize("src, msg, col", [
    ('probe begin { x = execname() =~ "(a" }', "regular expression '(a': unmatched '('", 30),
    ('probe begin { x = 1 =~ "a" }', "'=~' matches a string", 19),
])
def test_analysis_rejects(src: str, msg: str, col: int) -> None:
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError) as ei:
        analyze(parse(src, "bad.stp"), _translation_target())
    assert msg in ei.value.message and ei.value.loc.col == col, ei.value.render()


def test_matched_finds_posix_subexpressions_in_the_driver():
    from xtrace.runtime.rematch import matched, python_pattern
    pat = "^([[:alpha:]]+)=([0-9]+)(;(.*))?$"
    assert python_pattern(pat) == r"^([a-zA-Z]+)=([0-9]+)(;(.*))?\Z"
    assert [matched(pat, "key=42;x", i) for i in range(5)] == ["key=42;x", "key", "42", ";x", "x"]
    assert matched(pat, "abc=7", 4) == "" and matched(pat, "abc=7", 9) == ""
    assert matched(pat, "=7", 0) == ""  # no match at all
    assert matched("[]a]+", "x]a]b", 0) == "]a]"
    assert matched("a\\.b", "a.b", 0) == "a.b" and matched("a\\.b", "axb", 0) == ""
