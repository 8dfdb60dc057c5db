"""stap's sprintf("%d", n) / sprintf("0x%x", n), how the stap translation says D's
lltostr(n) / lltostr(n, 16), read back as lltostr() in D (frontends/d/lltostr_back.py),
and the sprintfs that stay written into the printf's format."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated


def test_d_lltostr_comes_back_from_stap_as_lltostr():
    d = "#pragma D option quiet\nBEGIN { printf(\"%s|%s|%s\\n\", lltostr(-7), lltostr(0, 16), lltostr(-1, 16)); exit(0); }\n"
    stp = translated(d, "stap", "d")
    assert 'sprintf("%d", -7), sprintf("0x%x", 0), sprintf("0x%x", -1)' in stp
    back = translated(stp, "d")
    assert 'printf("%s|%s|%s\\n", lltostr(-7), lltostr(0, 16), lltostr(-1, 16));' in back


def test_a_sprintf_used_as_a_value_is_lltostr_in_d():
    # stored, concatenated and passed on: D, without sprintf, refused these before
    stp = ('global s\n'
           'probe syscall.read { s = sprintf("%d", pid()); t = sprintf("0x%x", uid()) . "!"\n'
           '    printf("%d\\n", strlen(t)) }\n')
    d = translated(stp, "d")
    assert "s = lltostr(pid);" in d
    assert 'strjoin(lltostr(uid, 16), "!")' in d


def test_a_functions_sprintf_printed_by_percent_s_is_still_written_into_the_format():
    # the stap idiom the splicing is for: the sprintf reaches the printf through a return
    stp = ('function num:string(n:long) { return sprintf("%d", n) }\n'
           'probe syscall.read { printf("%s\\n", num(pid())) }\n')
    d = translated(stp, "d")
    assert 'printf("%d\\n", pid);' in d
    assert "lltostr" not in d


def test_a_sprintf_piece_of_a_printed_concatenation_is_still_spliced():
    d = translated('probe syscall.read { printf("%s\\n", execname() . sprintf("%d", pid())) }\n', "d")
    assert 'printf("%s%d\\n", execname, pid);' in d


@pytest.mark.parametrize("fmt", ["%x", "%5d", "0x%08x", "%u"])
def test_other_formats_are_not_lltostr(fmt):
    # not what lltostr() prints: a printed one is spliced, a stored one stays refused
    d = translated(f'probe syscall.read {{ printf("%s\\n", sprintf("{fmt}", pid())) }}\n', "d")
    assert "lltostr" not in d and f'printf("{fmt}\\n", pid);' in d
    with pytest.raises(XtraceError, match="sprintf"):
        translated(f'global s\nprobe syscall.read {{ s = sprintf("{fmt}", pid()) }}\n', "d")
