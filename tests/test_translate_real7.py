"""Regressions from the seventh sample of real scripts (docs/translate-real-scripts.md,
"Seventh sample"): dtrace4linux's scripts, dtrace-utils' demos, stap scripts of
GitHub repositories (qyp2009/systemtap, detailyang/systemtap-toolkit ...)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir.loc import XtraceError
from translating import translated


def test_a_loop_printing_the_keys_in_another_order_is_printa_of_reordered_keys():
    # qyp2009 profile.stp: `foreach ([pid, procname] in syscalllist) printf("%s[%d] = %d\n",
    # procname, pid, syscalllist[pid, procname])` was refused in D: printa prints an
    # aggregation's keys in their order, so the aggregation takes the printed order.
    stp = ('global syscalllist\nprobe syscall.* { syscalllist[pid(), execname()]++ }\n'
           'probe timer.ms(10000) {\n  foreach ([pid, procname] in syscalllist) {\n'
           '    printf("%s[%d] = %d\\n", procname, pid, syscalllist[pid, procname])\n  }\n  exit()\n}\n')
    d = translated(stp, "d", "stap")
    assert "@syscalllist[execname, pid] = count();" in d
    assert 'printa("%s[%d] = %@d\\n", @syscalllist);' in d


def test_a_loop_printing_the_keys_in_their_order_is_unchanged():
    stp = ('global c\nprobe syscall.read { c[pid(), execname()]++ }\n'
           'probe end { foreach ([p, n] in c) printf("%d %s %d\\n", p, n, c[p, n]) }\n')
    d = translated(stp, "d", "stap")
    assert "@c[pid, execname] = count();" in d


def test_a_regex_that_matches_every_string_is_no_test_at_all():
    # detailyang who-open-file: `if (filename =~ %( $# == 0 %? ".*" %: @1 %))` with no
    # argument was refused in D and Vue; it is true of every name, so the port drops it.
    stp = ('probe syscall.open {\n    if (filename =~ %( $# == 0 %? ".*" %: @1 %)) {\n'
           '        printf("%s(%d) is opening the filename: %s\\n", execname(), pid(), filename)\n'
           '    }\n}\n')
    d = translated(stp, "d", "stap")
    assert "syscall::open:entry\n{\n    printf(" in d and "/1/" not in d
    vue = translated(stp, "vue", "stap")
    assert "&& 1" not in vue and "if (1)" not in vue


@pytest.mark.parametrize("pattern, d_test, vue_test", [
    ("ba", 'index(execname, "ba") != -1', 'strstr(__pname, "ba") != ""'),
    ("^bash$", 'execname == "bash"', '__pname == "bash"'),
    ("^ba", 'substr(execname, 0, 2) == "ba"', 'strstr(__pname, "ba") == __pname'),
    ("a\\\\.out", 'index(execname, "a.out") != -1', 'strstr(__pname, "a.out") != ""'),
])
def test_a_regex_of_plain_text_is_a_string_test(pattern, d_test, vue_test):
    stp = f'probe syscall.getpid {{ if (execname() =~ "{pattern}") printf("%d\\n", pid()) }}\n'
    assert d_test in translated(stp, "d", "stap")
    assert vue_test in translated(stp, "vue", "stap")


def test_a_negated_regex_of_plain_text_is_the_negated_test():
    stp = 'probe syscall.getpid { if (execname() !~ "ba") printf("%d\\n", pid()) }\n'
    assert 'index(execname, "ba") == -1' in translated(stp, "d", "stap")
    assert 'strstr(__pname, "ba") == ""' in translated(stp, "vue", "stap")


@pytest.mark.parametrize("to", ["d", "vue"])
def test_a_real_regex_is_still_refused(to):
    stp = 'probe syscall.getpid { if (execname() =~ "^ba+sh") printf("%d\\n", pid()) }\n'
    with pytest.raises(XtraceError, match="regular expression"):
        translated(stp, to, "stap")


def test_a_non_quiet_clause_over_entry_and_return_is_two_probes():
    # dtrace-utils spec.d's `syscall:::` (entry and return in one clause) was refused:
    # its probe line names the side that fired. A porter writes one probe per side.
    d = 'syscall::getppid:\n/pid == $target/\n{\n}\n'
    stp = translated(d, "stap", "d")
    assert "probe syscall.getppid\n{" in stp and "probe syscall.getppid.return\n{" in stp
    assert '"getppid:entry"' in stp and '"getppid:return"' in stp
    vue = translated(d, "vue", "d")
    assert "@@syscall:$__CPID:getppid:entry" in vue and "@@syscall:$__CPID:getppid:exit" in vue
    assert '"getppid:return"' in vue


def test_a_quiet_clause_over_entry_and_return_that_reads_probename_is_two_probes():
    # it was refused in stap ("builtin 'probename' cannot be expressed"); Vue already
    # gave each point its clause
    d = '#pragma D option quiet\nsyscall::getppid:\n{\n    printf("%s %s\\n", probefunc, probename);\n}\n'
    stp = translated(d, "stap", "d")
    assert 'probe syscall.getppid\n{\n    printf("%s entry\\n", name)' in stp
    assert 'probe syscall.getppid.return\n{\n    printf("%s return\\n", name)' in stp


def test_a_quiet_clause_over_entry_and_return_stays_one_probe():
    d = '#pragma D option quiet\nsyscall::getppid:\n/pid == $target/\n{\n    printf("%d\\n", pid);\n}\n'
    stp = translated(d, "stap", "d")
    frontends.parse(stp, "back.stp", "stap")
    assert stp.count("probe ") == 1


def test_keys_printed_out_of_order_without_the_value_are_printa_of_reordered_keys():
    # it was a "printa cannot say" case (tests/test_translate_semantics.py): printa
    # prints the keys in the aggregation's order, so the aggregation takes the row's
    stp = ('global m\nprobe timer.ms(100) { m[execname(), pid()]++ }\n'
           'probe timer.s(1) { foreach ([a, b] in m) printf("%d %s\\n", b, a) }\n')
    d = translated(stp, "d", "stap")
    assert "@m[pid, execname] = count();" in d and 'printa("%d %s\\n", @m);' in d


def test_a_compound_predicate_is_a_guard_by_de_morgan_and_reads_back():
    # dtrace4linux systime.d: `/probefunc != "epoll_wait" && timestamp - x[pid, probefunc] >
    # 100000/` was `if (!(name != "epoll_wait" && ...)) next` in stap
    d = ('#pragma D option quiet\nsyscall:::entry { x[pid, probefunc] = timestamp; }\n'
         'syscall:::return\n/probefunc != "epoll_wait" && timestamp - x[pid, probefunc] > 100000/\n'
         '{\n    printf("%s\\n", execname);\n}\n')
    stp = translated(d, "stap", "d")
    assert 'if (name == "epoll_wait" || ktime_get_ns() - x[pid(), name] <= 100000) next' in stp
    back = translated(stp, "d", "stap")
    assert '/probefunc != "epoll_wait" && timestamp - x[pid, probefunc] > 100000/' in back


def test_de_morgan_keeps_a_negated_comparison_it_cannot_undo():
    # `!(a < b)` negates to `a < b`, which would negate back to `a >= b`: the guard
    # stays `!(...)` so that it reads back as written
    d = 'syscall::read:entry\n/!(arg2 < 10) && pid != 1/\n{\n    printf("%d\\n", pid);\n}\n'
    stp = translated(d, "stap", "d")
    assert "if (!(!(count < 10) && pid() != 1)) next" in stp
