"""stap's process.begin / process.end points: lowering, printing back, rejects.
Their kernel behaviour is in tests/test_kernel_stap_process.py."""

from __future__ import annotations

import pytest

from xtrace.frontends.stap import parse, print_program
from xtrace.ir.loc import XtraceError


def points(src: str) -> list[tuple[str, str, str, object]]:
    return [(pp.kind, pp.name, pp.binary, pp.pid) for pp in parse(src, "t.stp").probes[0].points]


def test_any_path_and_pid() -> None:
    src = 'probe process.begin, process("/bin/true").end, process(42).begin { }'
    assert points(src) == [("proc", "begin", "", None), ("proc", "end", "/bin/true", None),
                           ("proc", "begin", "", 42)]


def test_braces_over_begin_and_end() -> None:
    assert points('probe process("/bin/ls").{begin,end} { }') == \
        [("proc", "begin", "/bin/ls", None), ("proc", "end", "/bin/ls", None)]


def test_printed_back_as_written() -> None:
    src = 'probe process.begin, process("/bin/true").end, process(1).begin {\n    printf("%d\\n", pid())\n}\n'
    out = print_program(parse(src, "t.stp"))
    assert 'probe process.begin, process("/bin/true").end, process(1).begin' in out


@pytest.mark.parametrize("src", [
                                 "probe process.begin.return { }",
                                 'probe process("/bin/true").begin("x") { }'])
def test_unsupported_forms_are_located_errors(src: str) -> None:
    with pytest.raises(XtraceError) as e:
        parse(src, "t.stp")
    assert (e.value.loc.line, e.value.loc.col) == (1, 7)
    assert "not supported" in str(e.value)


def test_thread_points() -> None:
    src = 'probe process.thread.begin, process("/bin/sh").thread.end, process(7).thread.begin { }'
    assert points(src) == [("proc", "thread.begin", "", None), ("proc", "thread.end", "/bin/sh", None),
                           ("proc", "thread.begin", "", 7)]
    out = print_program(parse(src, "t.stp"))
    assert 'process.thread.begin, process("/bin/sh").thread.end, process(7).thread.begin' in out
