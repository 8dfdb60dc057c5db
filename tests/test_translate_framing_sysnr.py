"""DTrace's probe line of a clause on every system call, ported: the probe ID as a
function of the syscall's number (ir/sysnr_pieces.py) where the target reads the
number (stap's syscall_any: `syscall_nr`), not a table of one row per call. The
sandbox run is conformance/d/nonquiet_every_syscall (with --matrix)."""

from __future__ import annotations

import re

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.framing import probe_ids
from xtrace.ir.sysnr_pieces import by_number, linear_pieces
from translating import unwrapped

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}
EVERY = 'syscall:::entry\n/execname == "date"/\n{\n}\n'


def _to(text: str, to: str) -> str:
    out = translate_text(text, "t.d", "d", to)
    frontends.parse(out, "back" + EXT[to], to)  # it is real code
    return out


def _eval(e: ir.Expr, nr: int) -> int:
    """The value of a by_number expression at syscall number `nr`."""
    if isinstance(e, ir.IntLit):
        return e.value
    if isinstance(e, ir.Builtin):
        assert e.name == "syscall_nr"
        return nr
    if isinstance(e, ir.Ternary):
        return _eval(e.then, nr) if _eval(e.cond, nr) else _eval(e.else_, nr)
    assert isinstance(e, ir.Binary), e
    a, b = _eval(e.lhs, nr), _eval(e.rhs, nr)
    return {"+": a + b, "-": a - b, "*": a * b, "<": int(a < b)}[e.op]


class _RP:
    """A resolved point as probe_ids reads it."""

    def __init__(self, calls: list[tuple[str, int]], ret: bool = False) -> None:
        self.point = ir.ProbePoint("syscall", "*", is_return=ret)
        self.syscalls = calls


def test_runs_of_consecutive_numbers_are_one_line_each() -> None:
    assert linear_pieces({0: 4, 1: 6, 2: 8, 5: 10, 6: 12}) == [(0, 2, 4), (5, 2, 0)]
    assert linear_pieces({7: 3}) == [(7, 0, 3)]
    # a run of one number takes the line through the next
    assert linear_pieces({0: 1, 10: 2, 11: 3}) == [(0, 0, 1), (10, 1, -8)]


def test_the_pieces_give_every_call_its_probe_id() -> None:
    # x86_64's shape: 0..334, a gap, 424..450, and calls a kernel lacks in the middle
    calls = [(f"c{n}", n) for n in [*range(0, 335), *range(424, 451)] if n not in (183, 300)]
    ids = probe_ids([[_RP(calls)], [_RP(calls, ret=True)]])
    for side in ("entry", "return"):
        values = {nm: ids[f"{nm}:{side}"] for nm, _ in calls}
        e = by_number(values, dict(calls), ir.NOLOC)
        assert e is not None
        assert all(_eval(e, nr) == ids[f"{nm}:{side}"] for nm, nr in calls)
        # one line per run between gaps: 0..182, 184..299, 301..334, 424..450
        assert sum(isinstance(x, ir.Ternary) for x in ir.walk(e)) == 3


def test_few_sites_keep_their_rows() -> None:
    # two calls on one line: still a row each (the rows say which call is which)
    assert by_number({"read": 4, "openat": 518}, {"read": 0, "openat": 257}, ir.NOLOC) is None
    four = {"read": 4, "write": 6, "open": 8, "close": 10}
    e = by_number(four, {"read": 0, "write": 1, "open": 2, "close": 3}, ir.NOLOC)
    assert e is not None and [_eval(e, nr) for nr in range(4)] == [4, 6, 8, 10]
    assert by_number({"read": 4}, {}, ir.NOLOC) is None  # a name without a number


def test_stap_port_of_every_syscall_has_no_table() -> None:
    out = _to(EVERY, "stap")
    assert "dtrace_probe_id" not in out and "probe begin" not in out
    line = next(x for x in unwrapped(out).splitlines() if "FUNCTION" not in x and "%32s" in x)
    m = re.search(r'cpu\(\), (syscall_nr < \d+ \? 2 \* syscall_nr \+ 4 : 2 \* syscall_nr - \d+), '
                  r'sprintf\("%s:entry", name\)', line)
    assert m, line
    assert len(out.splitlines()) < 20


def test_stap_port_of_both_sides_and_of_id() -> None:
    out = _to('syscall::: /execname == "date"/ { }\n', "stap")
    assert "probe syscall_any\n" in out and "probe syscall_any.return\n" in out
    assert "2 * syscall_nr + 4 :" in out and "2 * syscall_nr + 5 :" in out
    # D's id and epid: the same function of the number, not a choice among 363 names
    out = _to('syscall:::entry /execname == "date"/ { trace(id); trace(epid); }\n', "stap")
    assert 'name == "' not in out
    assert 'printf(" %19ld", syscall_nr < ' in out


def test_a_pattern_on_syscall_aliases_keeps_its_table() -> None:
    # stap's syscall.read* aliases have no syscall_nr: a row per call, by name
    out = _to('syscall::read*:entry /execname == "date"/ { }\n', "stap")
    assert 'dtrace_probe_id["read"] = 4' in out and "syscall_nr" not in out


def test_vue_port_of_every_syscall_translates() -> None:
    # @@syscallx's get_function() says the kernel's names (exit_group), as D's
    # probefunc: the probe line's FUNCTION column matches; Vue reads no syscall
    # number, so the ID is the table's
    out = _to(EVERY, "vue")
    assert "@@syscallx:*:*:entry" in out
    assert 'dtrace_probe_id["exit_group"] = ' in out
    assert 'dtrace_probe_id[get_function()]' in out


def test_vue_still_refuses_a_renamed_site_at_syscall() -> None:
    # @@syscall:*:exit names exit_group `exit`, and Linux's exit too
    try:
        _to('syscall::exit*:entry /execname == "date"/ { }\n', "vue")
    except Exception as ex:  # noqa: BLE001 - the translator's refusal
        assert "get_function() names 'exit_group' differently" in str(ex)
    else:
        raise AssertionError("translated")
