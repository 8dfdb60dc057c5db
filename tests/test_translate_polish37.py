"""Readability leftovers of the thirty-seventh real-script sample (branch polish37,
2026-12-07; docs/translate-real-scripts.md, "Thirty-seventh sample", *Left*).

1. stap's tapset constants AF_INET() and AF_INET6() (ipaddr1.stp) came out of the
   D port as `2` and `10`, the library function written out before the printer
   saw it, where the same port writes `AF_INET` in inet_ntop(): they keep their
   names, which D (net.d) and Vue know as those values.
"""

from __future__ import annotations

from translating import translated

AF_CONSTANTS = ('global localhost\n'
                'probe tcp.recvmsg {\n'
                '    if (family == AF_INET() || family == AF_INET6())\n'
                '        printf("%s\\n", localhost[family])\n'
                '}\n'
                'probe begin {\n'
                '    localhost[AF_INET()] = "127.0.0.1"\n'
                '    localhost[AF_INET6()] = "::1"\n'
                '}\n')


def test_af_constants_keep_their_names_in_d():
    out = translated(AF_CONSTANTS, "d")
    assert "this->family == AF_INET || this->family == AF_INET6" in out
    assert 'localhost[AF_INET] = "127.0.0.1";' in out
    assert 'localhost[AF_INET6] = "::1";' in out
    assert "== 2" not in out and "[10]" not in out


def test_af_constants_keep_their_names_in_vue():
    out = translated('global fam\n'
                     'probe syscall.getppid { fam[AF_INET6()] = AF_INET() }\n'
                     'probe end { printf("%d\\n", fam[AF_INET6()]) }\n', "vue")
    assert "fam[AF_INET6] = AF_INET;" in out
    assert "fam[AF_INET6]);" in out


def test_a_scripts_own_constant_function_is_its_value():
    # only a library's constants are named: the script's own function is written out
    # as its value, as before
    out = translated('function LIMIT() { return 7 }\n'
                     'probe begin { printf("%d\\n", LIMIT()) }\n', "d")
    assert 'printf("%d\\n", 7);' in out
