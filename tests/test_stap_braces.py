"""stap's brace expansion in probe points (`syscall.{read,write}`): one point per
alternative, in product order, each keeping the written point's `?`/`!` and `if`."""

from __future__ import annotations

import pytest

from xtrace.frontends.stap import parse
from xtrace.ir.loc import XtraceError


def spellings(src: str) -> list[list[str]]:
    return [[pp.spelling for pp in p.points] for p in parse(src, "t.stp").probes]


def test_syscall_alternatives() -> None:
    assert spellings("probe syscall.{read,write} { }") == [["syscall.read", "syscall.write"]]


def test_function_alternatives_with_string_args() -> None:
    prog = parse('probe kernel.{function("vfs_read"),function("vfs_write")} { }', "t.stp")
    assert [(pp.kind, pp.name) for pp in prog.probes[0].points] == \
        [("kfunc", "vfs_read"), ("kfunc", "vfs_write")]


def test_timer_alternatives() -> None:
    prog = parse("probe timer.{ms(100),s(1)} { }", "t.stp")
    assert [pp.period_ns for pp in prog.probes[0].points] == [100_000_000, 1_000_000_000]


def test_product_order_leftmost_slowest() -> None:
    src = 'probe kernel.{function("vfs_read"),function("vfs_write")}.{call,return} { }'
    assert spellings(src) == [['kernel.function("vfs_read").call', 'kernel.function("vfs_read").return',
                               'kernel.function("vfs_write").call',
                               'kernel.function("vfs_write").return']]


def test_nested_and_dotted_alternatives() -> None:
    assert spellings("probe {syscall.{read,write},timer.ms(5)} { }") == \
        [["syscall.read", "syscall.write", "timer.ms(5)"]]


def test_glob_inside_alternative() -> None:
    assert spellings("probe syscall.{read*,wr*} { }") == [["syscall.read*", "syscall.wr*"]]


def test_suffix_applies_to_every_alternative() -> None:
    prog = parse('probe kernel.{function("vfs_read"),function("vfs_write")}? { }', "t.stp")
    assert all(pp.optional for pp in prog.probes[0].points)
    assert spellings('probe syscall.{read,write}! { }') == [["syscall.read!", "syscall.write!"]]


def test_condition_applies_to_every_alternative() -> None:
    prog = parse("global on = 1\nprobe syscall.{read,write} if (on) { }", "t.stp")
    assert len(prog.probes[0].points) == 2 and prog.probes[0].predicate is not None


def test_unresolvable_optional_alternative_is_skipped() -> None:
    assert spellings("probe {syscall.read,nosuch.point}? { }") == [["syscall.read?"]]


def test_bad_alternative_located_at_written_point() -> None:
    with pytest.raises(XtraceError) as e:
        parse("probe timer.{ms(100),parsecs(2)} { }", "t.stp")
    assert (e.value.loc.line, e.value.loc.col) == (1, 7)
    assert "timer.parsecs(2)" in str(e.value)


@pytest.mark.parametrize("src,col", [("probe syscall.{} { }", 16),
                                     ("probe syscall.{read,} { }", 21),
                                     ("probe syscall.{read { }", 21)])
def test_malformed_braces_are_syntax_errors(src: str, col: int) -> None:
    with pytest.raises(XtraceError) as e:
        parse(src, "t.stp")
    assert (e.value.loc.line, e.value.loc.col) == (1, col)


def test_alias_defined_with_braces_names_each_alternative() -> None:
    src = ("probe my.{rd,wr} = syscall.read { }\n"
           "probe my.wr { }")
    assert spellings(src) == [["syscall.read"]]
