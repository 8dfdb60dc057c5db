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


# ------------------------------------------------------------- D's tracemem() in stap

WRITE_ENTRIES = 'syscall::write:entry\n/execname == "cat"/\n{\n\ttracemem(copyin(arg1, 80), 80);\n}\n'


def test_tracemem_of_copied_user_memory_is_a_row_function():
    # JKO's write-entries.d: the dump DTrace prints, one row function of the port's
    # own reading the user's bytes (was refused: "no stap equivalent")
    out = translate_text(WRITE_ENTRIES, "write-entries.d", "d", "stap")
    rows = [ln.strip() for ln in out.splitlines() if "tracemem_user(" in ln and "printf" in ln]
    assert rows == [f'printf("%s", tracemem_user(buf_uaddr, 80, {r}))' for r in (0, 16, 32, 48, 64)]
    assert "function tracemem_user:string (dt_v:long, dt_n:long, dt_row:long)" in out
    assert "user_char_error(dt_v + dt_j) & 255" in out
    # the header runtime/stream.py's raw_bytes() prints before the first row
    assert '"\\n             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef\\n"' in out
    frontends.parse(out, "back.stp", "stap")


def test_tracemem_of_a_kernel_address_reads_kernel_chars():
    out = translate_text("fbt::vfs_read:entry { tracemem(arg0, 16); exit(0); }\n", "t.d", "d", "stap")
    assert "kernel_char(dt_v + dt_j) & 255" in out and "tracemem_kernel(" in out


@pytest.mark.parametrize("call", [
    "tracemem(copyin(self->p, arg1), 100)",    # getdent64.d: fewer bytes copied than dumped, maybe
    "tracemem(copyin(arg1, 40), 80)",
])
def test_tracemem_past_what_was_copied_stays_refused(call):
    src = f"syscall::read:entry {{ self->p = arg1; }}\nsyscall::read:return /self->p/ {{ {call}; }}\n"
    with pytest.raises(XtraceError, match="tracemem"):
        translate_text(src, "t.d", "d", "stap")


def test_tracemem_shown_count_bounds_the_rows():
    # conformance d/tracemem_copyin: the third argument shows its bytes when
    # 0 <= shown < size, else all (backend_c/gen_stmt.py); a row past them prints
    # nothing, nor the header for none
    src = 'syscall::write:entry /execname == "echo"/ { tracemem(copyin(arg1, 32), 32, arg2); exit(0); }\n'
    out = translate_text(src, "t.d", "d", "stap")
    for row in (0, 16):
        assert f'printf("%s", tracemem_user(buf_uaddr, count >= 0 && count < 32 ? count : 32, {row}))' in out
    assert 'if (dt_row >= dt_n)\n        return ""' in out


@pytest.mark.parametrize("body", [
    'if (name == "read") continue\n        printf("%s\\n", name)\n        if (cnt++ == 10) break',
    'if (name == "") break\n        printf("%s\\n", name)\n        if (cnt++ == 10) break',
    'printf("%s\\n", name)\n        num--\n        if (num <= 0) break',
])
def test_a_counted_loop_left_or_skipped_another_way_stays_a_loop(body):
    # a row that skips the count, or a loop that can stop before it, is not `limit`'s
    src = ('global syscalls\nprobe syscall.* { syscalls[probefunc()]++ }\n'
           'probe timer.ms(5000) {\n    cnt = 0\n    num = 10\n    foreach ([name] in syscalls-) {\n        '
           + body.replace("num--", "if (name == \"x\") continue\n        num--") + '\n    }\n}\n')
    with pytest.raises(XtraceError, match="no loops"):
        translate_text(src, "t.stp", "stap", "d")
