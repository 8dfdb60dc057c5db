"""Readability leftovers of the thirty-seventh real-script sample (branch polish37,
2026-12-07; docs/translate-real-scripts.md, "Thirty-seventh sample", *Left*).

1. stap's tapset constants AF_INET() and AF_INET6() (ipaddr1.stp) came out of the
   D port as `2` and `10`, the library function written out before the printer
   saw it, where the same port writes `AF_INET` in inet_ntop(): they keep their
   names, which D (net.d) and Vue know as those values.
2. trace-syscalls.d's stap port prints D's `arg0` of read and write as
   `long_arg(1)` beside `buf_uaddr` and `count`. Left so: stap's `fd` is the low
   32 bits sign-extended (the tapset's int_arg(1), __int32($fd); xtrace's
   backend_c/sysc.py reads it `(s64)(int)a[0]`), D's arg0 the whole register, so
   `fd` is that value only where the register's upper half is the sign of the
   lower; the named form is written where exact, `(int)arg0` (ir/sysparams.py).
   The tests pin that rule.
3. nine.stp's D and Vue ports kept `this->true = 0;`, the 0 of a never-assigned
   local, after the one statement reading it was left out (stap's optimizer
   deletes `true ? f() : g(1)`; the port says so in a comment): a port no longer
   writes that 0 when nothing left reads the local. Stores the script wrote stay
   as written, read or not (test_translate_dead_code.py: `n = $count`).
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


FD_OF_READ = ('syscall::read:entry, syscall::write:entry\n'
              '{\n'
              '    printf("%d %d %x %d\\n", arg0, (int)arg0, arg1, arg2);\n'
              '}\n')


def test_a_whole_register_is_no_32_bit_tapset_variable():
    out = translated(FD_OF_READ, "stap", "d")
    # (int)arg0 is fd exactly; arg0 is not: fd is int_arg(1), arg0 long_arg(1)
    assert 'long_arg(1), fd, buf_uaddr, count)' in out


UNREAD_LOCALS = ('function f () { }\n'
                 'function g (arg) { }\n'
                 'probe begin {\n'
                 '  true ? f() : g(1);\n'
                 '}\n'
                 'probe timer.s(1) {\n'
                 '  x = 5\n'
                 '  printf("%d %d\\n", x, never)\n'
                 '}\n')


def test_an_unread_never_assigned_local_has_no_zero_in_the_d_port():
    out = translated(UNREAD_LOCALS, "d")
    assert "this->true" not in out
    assert "stap's optimizer deletes `true ? f() : g(1)`" in out
    # a never-assigned local something reads starts at 0, as stap's does
    assert "this->never = 0;" in out
    assert "this->x = 5;" in out


def test_an_unread_never_assigned_local_has_no_zero_in_the_vue_port():
    out = translated(UNREAD_LOCALS, "vue")
    assert "true" not in out.replace("true ? f() : g(1)", "")
    assert "never = 0;" in out


def test_a_stap_run_still_warns_of_the_local():
    from xtrace.frontends import stap
    prog = stap.parse(UNREAD_LOCALS, "t.stp", port=True)
    assert any("never-assigned local variable 'true'" in w for w in prog.options["warnings"])
