"""D -> stap ports that read like a stap user's script (branch dstapread): D's errno
read more than once in a syscall return clause is one local set at the top of the
probe, and the stap frontend reads that local back as errno."""

from __future__ import annotations

from xtrace import frontends
from xtrace.ir import nodes as ir
from translating import translated

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


# a comment at the end of a statement's line stays at the end of its line

TRAILING = """BEGIN
{
\tx = 1;\t/* why */
\t-x;
\tprintf("%d\\n",
\t    x); /* after a long one */
\tif (x) { x = 3; } /* an if */
\texit(0);
}
"""


def _body(out: str) -> list[str]:
    return [line.strip() for line in out[out.index("probe begin"):].splitlines()]


def test_trailing_comment_stays_at_the_end_of_the_line():
    body = _body(translated(TRAILING, "stap", lang="d"))
    # the `;` that keeps `-x` from reading as a subtraction comes before the comment
    assert "x = 1;  # why" in body
    assert body[body.index("x = 1;  # why") + 1] == "-x"
    assert 'printf("%d\\n", x)  # after a long one' in body


def test_trailing_comment_of_a_statement_of_several_lines_goes_above_it():
    body = _body(translated(TRAILING, "stap", lang="d"))
    at = body.index("# an if")
    # (above it, the blank line of the printer's layout, or the newline that ends the
    # non-quiet record of the block before the if: ir/framing.py)
    assert body[at - 1] in ("", 'printf("\\n")') and body[at + 1] == "if (x) {"


def test_trailing_comments_read_back_before_their_statements():
    back = translated(translated(TRAILING, "stap", lang="d"), "d", lang="stap")
    lines = [line.strip() for line in back.splitlines()]
    assert lines[lines.index("/* why */") + 1] == "x = 1;"
    assert lines[lines.index("/* after a long one */") + 1].startswith("printf(")
    assert lines[lines.index("/* an if */") + 1] == "if (x) {"


def test_a_trailing_comment_whose_statement_is_left_out_keeps_its_line():
    src = 'BEGIN\n{\n\tx = 1;\n\ty = 2; // unread\n\tprintf("%d\\n", x);\n\texit(0);\n}\n'
    body = _body(translated(src, "stap", lang="d"))
    assert "# unread" in body
    assert 'printf("%d\\n", x)' in body
