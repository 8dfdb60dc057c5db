"""Vue's uft function regular expressions ported to D and stap as the globs that
match the same names (ir/regexglob.py): `/^sync(fs)?$/` is the two points `sync`
and `syncfs` (conformance vue/uft_regex_function); it was refused."""

from __future__ import annotations

import fnmatch
import re

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from xtrace.ir.regexglob import regex_as_globs

NAMES = ["sync", "syncfs", "fsync", "fdatasync", "read", "readv", "write", "writev", "pread64",
         "strcmp", "strncmp", "strcasecmp", "malloc", "mallac", "a", "aa", "aaa", "ab", "xb",
         "a*b", "a.b", "f.o", "foo", "!b", "[x]"]


@pytest.mark.parametrize("regex, globs", [
    ("^sync(fs)?$", ["sync", "syncfs"]),
    ("sync", ["*sync*"]),                         # searched: unanchored ends match anything
    ("^str(n)?cmp$", ["strcmp", "strncmp"]),
    ("^(read|write)v?$", ["read", "readv", "write", "writev"]),
    ("^mall.c$", ["mall?c"]),
    ("^a.*b$", ["a*b"]),
    ("^.+$", ["?*"]),
    ("^[ab]b$", ["[ab]b"]),
    ("^[^ab]b$", ["[!ab]b"]),
    ("^a{1,3}$", ["a", "aa", "aaa"]),
    ("^f\\.o$", ["f.o"]),
    ("^a\\*b$", ["a[*]b"]),                       # a glob's own metacharacter bracketed
    ("sync$|^read", ["*sync", "read*"]),
])
def test_a_regex_is_the_globs_that_match_the_same_names(regex, globs):
    assert regex_as_globs(regex) == globs
    rx = re.compile(regex)
    assert [n for n in NAMES if rx.search(n)] == \
        [n for n in NAMES if any(fnmatch.fnmatchcase(n, g) for g in globs)]


@pytest.mark.parametrize("regex", [
    "^a+$",          # a glob repeats only any character
    "^(ab)*$",
    "^a{2,}$",
    "^\\d$",         # classes
    "^[[:alpha:]]$",
    "^[!a]$",        # `!` is the character here, a negation in a glob
    "^$",
    "^(a|b|c)(d|e|f)(g|h)$",   # more points than a porter writes
    "^(a",
])
def test_a_regex_no_short_list_of_globs_says_is_none(regex):
    assert regex_as_globs(regex) is None


UFT = ("@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:/^sync(fs)?$/:entry\n"
       "{\n\tprintf(\"%s\\n\", get_function());\n}\n")


def test_a_uft_regex_is_a_point_per_function_in_d():
    out = translate_text(UFT, "t.e", "vue", "d")
    assert "pid$target:libc.so.6:sync:entry,\npid$target:libc.so.6:syncfs:entry\n" in out
    assert 'printf("%s\\n", probefunc);' in out
    frontends.parse(out, "back.d", "d")


def test_a_uft_regex_is_a_point_per_function_in_stap():
    out = translate_text(UFT, "t.e", "vue", "stap")
    assert ('probe process("/lib/x86_64-linux-gnu/libc.so.6").function("sync"),\n'
            '      process("/lib/x86_64-linux-gnu/libc.so.6").function("syncfs")\n') in out
    frontends.parse(out, "back.stp", "stap")


def test_a_regex_without_globs_is_still_refused_naming_the_nearest():
    src = UFT.replace("/^sync(fs)?$/", "/^sy+nc$/")
    with pytest.raises(XtraceError, match="is a regular expression .*nearest"):
        translate_text(src, "t.e", "vue", "d")
