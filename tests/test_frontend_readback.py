"""Frontends reading back what another language's port writes: D's store of zero
into an array element (frontends/d/zerodelete.py) and stap's `retval < 0 ? -1 :
retval` (Vue's __rv, frontends/stap/lower_expr.py)."""

from __future__ import annotations

from xtrace import frontends
from xtrace.frontends.vue.syscalls import syscall_rv
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc


def d_stmts(src: str) -> list[ir.Stmt]:
    return frontends.parse(src, "t.d", "d").probes[0].body.stmts


def test_d_store_of_zero_is_a_delete():
    got = d_stmts("BEGIN { a[1] = 9; a[1] = 0; if (a[2] == 0) a[2] = 0; }")
    assert isinstance(got[1], ir.Delete) and got[1].map == "a"
    assert [k.value for k in got[1].keys] == [1]
    assert isinstance(got[2].then, ir.Delete)


def test_d_stores_that_stay_stores():
    # an array only ever stored 0 (its value type comes from those stores), another value
    got = d_stmts("BEGIN { a[1] = 0; b[1] = 2; b[1] = 1; x = 0; b[2] += 0; }")
    assert all(isinstance(s, ir.ExprStmt) for s in got)


def _stap_arg(src: str) -> ir.Expr:
    prog = frontends.parse(src, "t.stp", "stap")
    return next(x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Printf)).args[0]


def test_stap_failed_minus_one_at_a_syscall_return_is_vue_rv():
    got = _stap_arg('probe syscall.write.return { printf("%d\\n", retval < 0 ? -1 : retval) }')
    assert got == syscall_rv(Loc("", 0, 0))


def test_stap_near_misses_stay_ternaries():
    for src in ['probe syscall.write.return { printf("%d\\n", retval < 0 ? -1 : 0) }',
                'probe syscall.write.return { printf("%d\\n", retval < 1 ? -1 : retval) }']:
        got = _stap_arg(src)
        assert isinstance(got, ir.Ternary) and got != syscall_rv(Loc("", 0, 0)), src
