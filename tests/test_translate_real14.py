"""Regressions from the fourteenth sample of real scripts (docs/translate-real-scripts.md,
"Fourteenth sample"): DTrace demos from JKO, JustinChristensen and jorgev's
dtrace-scripts, and hpplinux/systemtapunit's SystemTap scripts."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


# ------------------------------------------- a top-N loop counting its rows up to a break

TOP = """global syscalls
function print_top() {
    cnt = 0
    log("SYSCALL COUNT")
    foreach ([name] in syscalls-) {
        printf("%-20s %5d\\n", name, syscalls[name])
        BREAK
    }
    delete syscalls
}
probe syscall.* { syscalls[probefunc()]++ }
probe timer.ms(5000) { print_top() }
"""


@pytest.mark.parametrize("brk, rows", [
    # hpplinux's maxsyscall.stp and top10syscalls.stp: the test sees the old value,
    # 0 after the first row, so it breaks after the eleventh
    ("if (cnt++ == 10) break", 11),
    ("if (++cnt == 10) break", 10),
    ("if (cnt++ >= 3) break", 4),
    ("cnt++\n        if (cnt == 5) break", 5),
    ("cnt += 1\n        if (cnt >= 5) break", 5),
])
def test_a_loop_counting_up_to_a_break_is_a_limit(brk, rows):
    out = translate_text(TOP.replace("BREAK", brk), "top.stp", "stap", "d")
    assert f"trunc(@syscalls, {rows});" in out
    assert 'printa("%-20s %@5d\\n", @syscalls);' in out
    assert "#pragma D option aggsortrev" in out and "cnt" not in out
    frontends.parse(out, "back.d", "d")


def test_a_counter_started_elsewhere_than_zero_takes_its_start_off():
    src = TOP.replace("cnt = 0", "cnt = 2").replace("BREAK", "if (cnt++ == 10) break")
    out = translate_text(src, "top.stp", "stap", "d")
    assert "trunc(@syscalls, 9);" in out


@pytest.mark.parametrize("brk", [
    "if (cnt++ == 10) break\n        printf(\"%d\\n\", cnt)",   # read after the test
    "if (cnt++ == 10) { printf(\"x\\n\"); break }",            # the break does more
    "if (cnt++ != 10) break",                                  # stops at the first row
])
def test_other_counted_loops_stay_loops(brk):
    with pytest.raises(XtraceError):
        translate_text(TOP.replace("BREAK", brk), "top.stp", "stap", "d")


# ------------------------------------------------ an escape C does not have, in D

DTRACING = 'syscall::write:entry /execname == "bash"/\n{\n\tprintf("bash with pid %d called write \\ system call\\n", pid)\n}\n'


def test_a_d_string_keeps_an_unknown_escape_as_written():
    # JKO's dtracing.d: libdtrace's stresc2chr() copies `\ ` as the backslash and
    # the space, so dtrace prints `write \ system call` ("invalid escape sequence"
    # before)
    frontends.parse(DTRACING, "dtracing.d", "d")
    for to, ext in (("stap", "stp"), ("vue", "e")):
        out = translate_text(DTRACING, "dtracing.d", "d", to)
        assert 'called write \\\\ system call\\n"' in out
        frontends.parse(out, "back." + ext, to)
    assert 'write \\\\ system call' in translate_text(DTRACING, "dtracing.d", "d", "d")


@pytest.mark.parametrize("text, value", [
    ('\\q', '\\q'), ('\\8', '\\8'), ('a\\ b', 'a\\ b'), ('\\n', '\n'), ('\\\\', '\\'), ('\\101', 'A'),
])
def test_d_escapes_decode_as_stresc2chr_does(text, value):
    from xtrace.frontends.d.formats import decode_escapes
    assert decode_escapes(text) == value


# ------------------------------------- a quoted user string compared with quotes joined

FILEWATCH = r"""global _filename = "/etc/passwd"
probe syscall.open {
    if (sprintf("\"%s\"", _filename) == filename)
        printf("%s %d\n", execname(), pid())
}
"""


@pytest.mark.parametrize("to, ext, test", [
    ("d", "d", "/_filename == copyinstr(arg0)/"),
    ("vue", "e", "_filename == get_userstring(__arg1, -1)"),
])
def test_the_quotes_joined_around_a_string_compared_with_a_quoted_one_go(to, ext, test):
    # hpplinux's filewatch.stap: `sprintf("\"%s\"", _filename) == filename` was
    # ported with the quotes built on both sides (strjoin(strjoin("\"", _filename),
    # "\"") == strjoin("\"", strjoin(copyinstr(arg0), "\""))); equal exactly when
    # what is between them is
    out = translate_text(FILEWATCH, "filewatch.stp", "stap", to)
    assert test in out and "strjoin" not in out and r'"\""' not in out
    frontends.parse(out, "back." + ext, to)


def test_the_quoted_side_may_come_first_and_keep_its_own_pieces():
    src = r'probe syscall.open { if (filename != "\"/etc/" . execname() . "\"") printf("%d\n", pid()) }'
    out = translate_text(src + "\n", "t.stp", "stap", "d")
    assert '/copyinstr(arg0) != strjoin("/etc/", execname)/' in out


def test_quotes_on_one_end_only_stay():
    src = r'probe syscall.open { if (filename == "\"" . execname()) printf("%d\n", pid()) }'
    out = translate_text(src + "\n", "t.stp", "stap", "d")
    assert r'/strjoin("\"", strjoin(copyinstr(arg0), "\"")) == strjoin("\"", execname)/' in out
