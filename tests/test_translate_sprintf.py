"""stap's sprintf() printed by a bare %s, translated to D and Vue (which have no sprintf)
as the pieces written into the printf's own format (ir/sprintfsplice.py).
Found by translating SystemTap's examples (docs/translate-real-scripts.md)."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated

_to = translated


def test_a_functions_sprintf_printed_by_percent_s_is_written_into_the_d_format():
    # wait4time.stp / sleeptime.stp: proc() returns sprintf("%d (%s)", pid(), execname())
    stp = ('function proc:string() { return sprintf("%d (%s)", pid(), execname()) }\n'
           'probe syscall.wait4.return { printf("%s wait4: %d\\n", proc(), retval) }\n')
    d = _to(stp, "d")
    assert 'printf("%d (%s) wait4: %d\\n", pid, execname, arg0);' in d
    assert "sprintf" not in d


def test_a_string_parameter_set_to_a_sprintf_is_the_sprintf_in_the_printf():
    # proc_snoop.stp / sched_snoop.stp: report(sprintf("exec %s", filename)), where
    # report(action) prints `%s` of its parameter; the nested sprintf (id(task)) too.
    stp = ('function report(action:string) { printf("%5d  %s\\n", pid(), action) }\n'
           'function id:string(t:long) { return sprintf("p:%d n:%s", task_pid(t), task_execname(t)) }\n'
           'probe syscall.kill { report(sprintf("kill %s by %s%%", id(task_current()), execname())) }\n')
    d = _to(stp, "d")
    assert 'printf("%5d  kill p:%d n:%s by %s%%\\n", pid, ' in d
    assert "->comm, execname);" in d


def test_a_sprintf_literal_piece_keeps_its_percent_sign_in_the_format():
    d = _to('probe begin { printf("%s|%s\\n", sprintf("%d%%", 5), "a%b") }\n', "d")
    assert 'printf("%d%%|a%%b\\n", 5);' in d


def test_a_padded_sprintf_is_not_written_into_the_format():
    # `%-20s` pads the whole piece: its conversions cannot say that, so the piece
    # stays one string, its pieces strjoin()ed (ir/sprintfjoin.py)
    d = _to('probe syscall.read { printf("%-20s|\\n", sprintf("%d:%s", pid(), execname())) }\n', "d")
    assert 'printf("%-20s|\\n", strjoin(strjoin(lltostr(pid), ":"), execname));' in d


def test_a_padded_sprintf_no_join_says_stays_refused():
    with pytest.raises(XtraceError) as e:
        _to('probe syscall.read { printf("%-20s|\\n", sprintf("%5d:%s", pid(), execname())) }\n', "d")
    assert (e.value.loc.line, e.value.loc.col) == (1, 41)  # the sprintf
    assert e.value.message == "sprintf() (a formatted string) has no D equivalent"


def test_a_sprintf_reading_the_clock_stays_where_it_was_computed():
    # x = sprintf(.. gettimeofday_us() ..) then printf(.., gettimeofday_us(), x): moving
    # the sprintf would read the clock after the printf's own reading; it stays a
    # local computed where the call was, its pieces strjoin()ed
    stp = ('function report(a:string) { printf("%d %s\\n", gettimeofday_us(), a) }\n'
           'probe syscall.read { report(sprintf("at %d", gettimeofday_us())) }\n')
    assert ('this->report_a = strjoin("at ", lltostr(walltimestamp / 1000));\n'
            '    printf("%d %s\\n", walltimestamp / 1000, this->report_a);') in _to(stp, "d")


def test_a_sprintf_printed_by_percent_s_in_vue():
    vue = _to('probe syscall.read { printf("%s!\\n", sprintf("%s(%d)", execname(), pid())) }\n', "vue")
    assert 'printf("%s(%d)!\\n", __pname, __pid);' in vue


def test_a_forwarded_sprintf_stays_after_a_printf_argument_that_changes_what_it_reads():
    # report(sprintf("%d", n)) where report's printf first runs n++: the sprintf read n
    # before that, so it is not moved after it; it stays the local it was, D's lltostr()
    # (frontends/d/lltostr_back.py) or its pieces joined; a width no join says stays refused
    stp = ('global n\nfunction report(a:string) { printf("%d %s\\n", n++, a) }\n'
           'probe syscall.read { report(sprintf("%d", n)) }\n')
    assert ('this->report_a = lltostr(n);\n    printf("%d %s\\n", n++, this->report_a);'
            in _to(stp, "d"))
    assert 'this->report_a = strjoin("n=", lltostr(n));' in \
        _to(stp.replace('sprintf("%d", n)', 'sprintf("n=%d", n)'), "d")
    with pytest.raises(XtraceError, match="sprintf"):
        _to(stp.replace('sprintf("%d", n)', 'sprintf("n=%3d", n)'), "d")


def test_stap_alternate_hex_is_written_out_so_that_zero_prints_0x0_in_d_and_vue():
    # stap's %#x prints 0x0 for 0, C's printf (D, Vue) prints 0: written as 0x%x both
    # agree for every value; with a width the padding would differ, so it stays
    src = 'probe begin { printf("%#x %#X %#8x %%#x\\n", 0, 0, 0); exit() }\n'
    assert 'printf("0x%x 0X%X %#8x %%#x\\n"' in _to(src, "d")
    assert 'printf("0x%x 0X%X %#8x %%#x\\n"' in _to(src, "vue")
