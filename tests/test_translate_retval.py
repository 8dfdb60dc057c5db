"""D's `(int)arg0` at a syscall's return, ported to stap: `retval`, as a stap user
writes it, where every syscall of the probe returns an int; a named helper for
C's (int) where one can return more (mmap's address), so that the port still
prints what D prints. (That they print the same runs in the sandbox:
conformance d/syscall_errno in the matrix.)"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.syscall_returns import returns_int


def _stap(text: str) -> str:
    out = translate_text(text, "t.d", "d", "stap")
    frontends.parse(out, "back.stp", "stap")  # it is real stap
    return out


def _back(stap: str) -> str:
    return translate_text(stap, "back.stp", "stap", "d")


def test_int_cast_of_an_int_returning_syscall_is_retval():
    out = _stap('#pragma D option quiet\nsyscall::openat:return /(int)arg0 < 0/ '
                '{ printf("%s %d\\n", execname, (int)arg0); @[execname] = sum((int)arg1); }\n')
    assert "if (retval >= 0) next" in out
    assert 'printf("%s %d\\n", execname(), retval)' in out
    assert "<<< retval" in out
    assert "0xffffffff" not in out and "function" not in out


def test_int_cast_at_every_syscall_keeps_the_cast_as_a_named_helper():
    out = _stap('#pragma D option quiet\nsyscall:::return /(int)arg0 < 0/ '
                '{ printf("%d\\n", (int)arg0); }\n')
    assert "if (dtrace_int(retval) >= 0) next" in out
    assert 'printf("%d\\n", dtrace_int(retval))' in out
    assert out.count("function dtrace_int:long(v:long)") == 1
    # back in D the helper is the cast again
    assert "/(int)arg0 < 0/" in _back(out)


def test_a_glob_matching_a_wide_syscall_keeps_the_cast():
    assert not returns_int("mm*") and not returns_int("*") and not returns_int("lseek")
    assert returns_int("read") and returns_int("open*") and returns_int("close")
    out = _stap('#pragma D option quiet\nsyscall::mm*:return { printf("%d\\n", (int)arg0); }\n')
    assert "dtrace_int(retval)" in out


def test_the_helper_name_avoids_the_scripts_own_names():
    out = _stap('#pragma D option quiet\nint dtrace_int;\n'
                'syscall:::return { dtrace_int = (int)arg0; printf("%d\\n", dtrace_int); }\n')
    assert "dtrace_int = dtrace_int_2(retval)" in out
    assert "function dtrace_int_2:long(v:long)" in out


def test_unsigned_or_narrower_casts_keep_their_masks():
    out = _stap('#pragma D option quiet\nsyscall::read:return '
                '{ printf("%d %d\\n", (unsigned int)arg0, (short)arg0); }\n')
    assert "retval & 0xffffffff" in out and "0xffff" in out
