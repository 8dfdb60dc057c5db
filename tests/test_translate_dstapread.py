"""D -> stap ports that read like a stap user's script (branch dstapread): D's errno
read more than once in a syscall return clause is one local set at the top of the
probe, and the stap frontend reads that local back as errno."""

from __future__ import annotations

from xtrace import frontends
from xtrace.ir import nodes as ir
from tests.translating import translated

THRICE = """syscall::openat:return
/errno > 0 && errno <= 34/
{
    printf("%d\\n", errno);
}
"""


def test_errno_read_three_times_is_one_local():
    out = translated(THRICE, "stap", lang="d")
    body = out[out.index("probe syscall.openat.return"):]
    assert "    errno = retval < 0 ? -retval : 0\n" in body
    assert "if (errno <= 0 || errno > 34) next" in body
    assert 'printf("%d\\n", errno)' in body
    assert body.count("-retval") == 1


def test_errno_read_once_stays_inline():
    out = translated('syscall::openat:return { printf("%d\\n", errno); }', "stap", lang="d")
    assert 'printf("%d\\n", retval < 0 ? -retval : 0)' in out
    assert "errno =" not in out


def test_errno_local_keeps_clear_of_the_scripts_own_local():
    src = 'syscall::openat:return { this->errno = 7; printf("%d %d %d\\n", this->errno, errno, errno + 1); }'
    out = translated(src, "stap", lang="d")
    assert "errno_2 = retval < 0 ? -retval : 0" in out
    assert 'printf("%d %d %d\\n", errno, errno_2, errno_2 + 1)' in out


def test_errno_local_in_a_comparison_is_parenthesized_inline_once():
    out = translated('syscall::openat:return /errno > 2/ { trace(1); }', "stap", lang="d")
    assert "(retval < 0 ? -retval : 0) <= 2" in out


def _probe(src: str) -> ir.Probe:
    return [p for p in frontends.parse(src, "t.stp", "stap").probes if p.points][0]


def test_stap_errno_local_reads_back_as_errno():
    p = _probe("probe syscall.openat.return { e = retval < 0 ? -retval : 0\n"
               " if (e <= 0) next\n printf(\"%d\\n\", e) }")
    assert p.predicate is not None
    assert [x for x in ir.walk(p.predicate) if x == ir.Builtin("errno")]
    assert not [x for x in ir.walk(p.body) if isinstance(x, ir.Var) and x.scope == "local"]


def test_stap_local_changed_later_is_not_errno():
    p = _probe("probe syscall.openat.return { e = retval < 0 ? -retval : 0\n"
               " e++\n printf(\"%d\\n\", e) }")
    assert [x for x in ir.walk(p.body) if isinstance(x, ir.Var) and x.name == "e"]


# D's proc:::start and lwp-start are schedule_tail()'s entry, what kprocess.start probes

def test_proc_start_is_kprocess_start():
    out = translated('proc:::start { printf("%d\\n", pid); }', "stap", lang="d")
    assert "probe kprocess.start\n" in out
    assert 'kernel.function("schedule_tail")' not in out
    assert "if (pid() != tid()) next" in out  # a process's first thread, as D's start is


def test_proc_lwp_start_is_kprocess_start():
    out = translated('proc:::lwp-start { printf("%d\\n", tid); }', "stap", lang="d")
    assert "probe kprocess.start\n" in out


def test_fbt_schedule_tail_stays_the_kernel_function():
    out = translated('fbt::schedule_tail:entry { printf("%d\\n", tid); }', "stap", lang="d")
    assert 'probe kernel.function("schedule_tail")' in out


def test_kprocess_start_reads_back_as_schedule_tail():
    p = _probe('probe kprocess.start { printf("%d\\n", tid()) }')
    assert [(pt.kind, pt.name, pt.is_return) for pt in p.points] == [("kfunc", "schedule_tail", False)]
