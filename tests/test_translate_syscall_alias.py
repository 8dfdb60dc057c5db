"""A D clause on one of the syscalls a stap point hits together (syscall.pipe is
pipe2(2) too, syscall.epoll_create epoll_create1(2): ir/syscalls.py STAP_ALSO) is
that point in stap, tested by `name`; the test reads back as the one syscall's
probe (frontends/stap/syscall_alias_points.py, frontends/syscall_named.py). Case
d/syscall_pipe_not_pipe2: its stap port counted pipe2's calls as pipe's before."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text

CLAUSE = """#pragma D option quiet
syscall::{call}:entry /execname == "x"/ {{ @[probefunc] = count(); }}
"""


@pytest.mark.parametrize("call, point", [("pipe", "pipe"), ("pipe2", "pipe"),
                                         ("epoll_create", "epoll_create"),
                                         ("epoll_create1", "epoll_create")])
def test_the_shared_point_tested_by_name_and_back(call, point):
    d = CLAUSE.format(call=call)
    out = translate_text(d, "t.d", "d", "stap")
    assert f'probe syscall.{point}\n{{\n    if (name != "{call}" || execname() != "x") next\n' in out
    back = translate_text(out, "t.stp", "stap", "d")
    assert f"syscall::{call}:entry\n/execname == \"x\"/\n" in back
    assert frontends.parse(back, "b.d", "d").probes == frontends.parse(d, "t.d", "d").probes


def test_getdents64_is_syscall_any_tested_by_the_kernels_name():
    # (stap's syscall.getdents `name` is "getdents" for both: tests/test_translate_d2stap9.py)
    out = translate_text(CLAUSE.format(call="getdents64"), "t.d", "d", "stap")
    assert "probe syscall_any\n" in out and 'if (name != "getdents64" || execname() != "x") next' in out


def test_a_clause_on_both_or_on_other_syscalls_is_left_as_it_was():
    out = translate_text("syscall::pipe:entry, syscall::pipe2:entry { trace(arg0); }",
                         "t.d", "d", "stap")
    assert 'name !=' not in out and 'name ==' not in out
    out = translate_text("syscall::read:entry { trace(arg0); }", "t.d", "d", "stap")
    assert "probe syscall.read\n" in out and "name" not in out.split("probe syscall.read")[1].split("}")[0].replace("probefunc", "")


def test_the_syscalls_own_arguments_are_read_by_their_names():
    # epoll_create1's arg0 is its flags (stap's `size` is 0 there), pipe2's arg1 its flags
    d = ("#pragma D option quiet\n"
         "syscall::epoll_create1:entry { printf(\"%d\\n\", (int)arg0); }\n"
         "syscall::pipe2:entry { printf(\"%d\\n\", (int)arg1); }\n")
    out = translate_text(d, "t.d", "d", "stap")
    assert out.count('printf("%d\\n", flags)') == 2 and "size" not in out
    back = translate_text(out, "t.stp", "stap", "d")
    assert frontends.parse(back, "b.d", "d").probes == frontends.parse(d, "t.d", "d").probes
