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


@pytest.mark.parametrize("side", ["entry", "return"])
def test_a_clause_on_every_syscall_of_the_point_is_the_point_alone(side):
    # the tapset has no syscall.epoll_create1 or syscall.pipe2 to list beside the point
    # that is both; back in D, the point's syscalls are the clause's two again
    d = ("#pragma D option quiet\n"
         f"syscall::epoll_create:{side}, syscall::epoll_create1:{side}, syscall::read:{side}\n"
         f"{{ printf(\"%s\\n\", probefunc); }}\n"
         f"syscall::pipe2:{side}, syscall::pipe:{side} {{ printf(\"%s:\\n\", probefunc); }}\n")
    out = translate_text(d, "t.d", "d", "stap")
    dot = "" if side == "entry" else ".return"
    assert f"probe syscall.epoll_create{dot}, syscall.read{dot}\n" in out
    assert f"probe syscall.pipe{dot}\n" in out
    assert "epoll_create1" not in out and "pipe2" not in out and "name !=" not in out
    back = translate_text(out, "t.stp", "stap", "d")
    assert "zdefs" not in back  # (the second syscall is in every x86_64 kernel)

    def points(text: str) -> list[list[tuple[str, bool, bool]]]:
        return [sorted((pt.name, pt.is_return, pt.optional) for pt in p.points)
                for p in frontends.parse(text, "t.d", "d").probes]
    assert points(back) == points(d)


def test_a_clause_on_getdents_and_getdents64_is_syscall_getdents():
    # stap's syscall.getdents fires for both (its tapset has no syscall.getdents64: a
    # port listing both counted getdents64's calls twice); back in D, the two points
    d = "syscall::getdents:entry, syscall::getdents64:entry { @[execname] = count(); }"
    out = translate_text(d, "t.d", "d", "stap")
    assert "probe syscall.getdents\n" in out and "getdents64" not in out
    back = translate_text(out, "t.stp", "stap", "d")
    assert "syscall::getdents:entry,\nsyscall::getdents64:entry\n" in back


def test_getdents_and_getdents64_read_by_probefunc_are_syscall_any():
    # syscall.getdents's `name` is "getdents" for both: D's probefunc would not be it;
    # syscall_any's is the kernel's
    d = "syscall::getdents:entry, syscall::getdents64:entry { @[probefunc] = count(); }"
    out = translate_text(d, "t.d", "d", "stap")
    assert "probe syscall_any\n" in out
    assert 'if (name != "getdents" && name != "getdents64") next' in out
    assert "syscall.getdents" not in out
    back = translate_text(out, "t.stp", "stap", "d")
    assert "syscall::getdents:entry,\nsyscall::getdents64:entry\n" in back and "probefunc ==" not in back
    assert frontends.parse(back, "b.d", "d").probes[0].points == frontends.parse(d, "t.d", "d").probes[0].points
