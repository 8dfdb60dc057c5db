"""stap's `k in a` and its auto-print of arrays stored with `=`, said in D.

ir/presence.py keeps a companion array of the keys an array holds (D has no `in`,
and an element stored 0 reads as a missing one); ir/printedvalues.py keeps a sum()
aggregation beside an auto-printed array whose value is the one the array holds.
The passes are checked against an interpreter: random stap programs run with
stap's arrays (a key is there once stored, until deleted) and, rewritten, with D's
(no membership test; a missing element reads 0; an aggregation sums), print the
same. (The ports running in the sandbox is the matrix's job: stap/array_local_key_expr,
sys_close_retstr, autoprint*, in_zero_value, autoprint_reassigned.)"""

from __future__ import annotations

import random

import pytest

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.membership import nonzero_maps
from xtrace.ir.presence import presence_companions
from xtrace.ir.printedvalues import printed_maps_with_values
from xtrace.ir.types import INT64, signed_bits
from translating import translated


class _Run:
    """One run of a BEGIN-then-END program of integer arrays, as stap (`d` False)
    or D (`d` True) gives its arrays and aggregations meaning."""

    def __init__(self, prog: ir.Program, d: bool):
        self.prog, self.d = prog, d
        self.maps: dict[str, dict] = {}
        self.aggs: dict[str, dict] = {}
        self.out: list[str] = []

    def run(self) -> list[str]:
        for kind in ("begin", "end"):
            for p in self.prog.probes:
                if p.points[0].kind == kind:
                    self.stmt(p.body)
        return self.out

    def key(self, keys) -> tuple:
        return tuple(self.ev(k) for k in keys)

    def ev(self, e: ir.Expr) -> int:
        if isinstance(e, ir.IntLit):
            return e.value
        if isinstance(e, ir.Index):
            return self.maps.get(e.map, {}).get(self.key(e.keys), 0)
        if isinstance(e, ir.InMap):
            if self.d:
                # D has no membership test: the printer's `a[k] != 0`, for an array
                # that never holds 0 (ir/membership.py), is the one left
                assert e.map in nonzero_maps(self.prog), "D has no membership test"
                return int(self.maps.get(e.map, {}).get(self.key(e.keys), 0) != 0)
            return int(self.key(e.keys) in self.maps.get(e.map, {}))
        if isinstance(e, ir.Unary):
            v = self.ev(e.operand)
            return {"-": signed_bits(-v, 64), "!": int(not v)}[e.op]
        if isinstance(e, ir.Binary):
            a, b = self.ev(e.lhs), self.ev(e.rhs)
            return signed_bits({"-": a - b, "+": a + b}[e.op], 64)
        if isinstance(e, (ir.Assign, ir.IncDec)):
            m = self.maps.setdefault(e.target.map, {})
            k = self.key(e.target.keys)
            old = m.get(k, 0)
            if isinstance(e, ir.IncDec):
                new = old + (1 if e.op == "++" else -1)
            else:
                v = self.ev(e.value)
                new = {"=": v, "+=": old + v, "-=": old - v}[e.op]
            self.store(m, k, signed_bits(new, 64))
            return m.get(k, 0)
        raise AssertionError(f"not in the interpreter: {e}")

    def store(self, m: dict, k: tuple, v: int) -> None:
        if self.d and v == 0:
            m.pop(k, None)  # storing 0 frees a D element
        else:
            m[k] = v

    def stmt(self, s: ir.Stmt) -> None:
        if isinstance(s, ir.Block):
            for x in s.stmts:
                self.stmt(x)
        elif isinstance(s, ir.ExprStmt):
            self.ev(s.expr)
        elif isinstance(s, ir.If):
            if self.ev(s.cond):
                self.stmt(s.then)
            elif s.else_ is not None:
                self.stmt(s.else_)
        elif isinstance(s, ir.Delete):
            self.maps.get(s.map, {}).pop(self.key(s.keys), None)
        elif isinstance(s, ir.Printf):
            self.out.append(s.fmt % tuple(self.ev(a) for a in s.args))
        elif isinstance(s, ir.AggUpdate):
            assert self.d and s.func == "sum"
            sums = self.aggs.setdefault(s.agg, {})
            k = self.key(s.keys)
            sums[k] = signed_bits(sums.get(k, 0) + self.ev(s.args[0]), 64)
        elif isinstance(s, ir.PrintVar):
            assert not self.d, "D cannot walk an array"
            self.rows(s.name, self.maps.get(s.name, {}))
        elif isinstance(s, ir.PrintAgg):
            assert self.d and s.layout == "stap" and s.descending
            self.rows(self.prog.global_named(s.agg).shown, self.aggs.get(s.agg, {}))
        elif not isinstance(s, (ir.Comment, ir.Exit)):
            raise AssertionError(f"not in the interpreter: {s}")

    def rows(self, name: str, elements: dict) -> None:
        # stap's layout, largest value first; rows of one value in either order
        order = sorted(elements.items(), key=lambda kv: (-kv[1], kv[0]))
        self.out += [f"{name}[{','.join(map(str, k))}]=0x{v & (2**64 - 1):x}" for k, v in order]


_VALUES = [0, 0, 1, -1, 5, 2 ** 63 - 1, -2 ** 63]


def _program(rng: random.Random, tests: bool) -> str:
    """A stap begin probe of random changes to `a` (with `in` tests and reads, or
    none, so that stap auto-prints `a` at exit)."""
    lines = []
    for _ in range(rng.randint(1, 14)):
        k, v = rng.randint(0, 3), rng.choice(_VALUES)
        choices = [f"a[{k}] = {v}", f"a[{k}] += {v}", f"a[{k}] -= {v}", f"a[{k}]++", f"a[{k}]--"]
        if tests:
            choices += [f"delete a[{k}]", f'printf("%d\\n", {k} in a)',
                        f'if (!({k} in a)) printf("no %d\\n", {k})', f'printf("%d\\n", a[{k}])']
        lines.append(rng.choice(choices))
    return "global a\nprobe begin {\n" + "\n".join(lines) + "\n}\n"


def _typed(source: str) -> ir.Program:
    prog = frontends.parse(source, "t.stp", "stap", port=True)
    for g in prog.globals:
        g.type, g.key_types = INT64, [INT64]
    return prog


@pytest.mark.parametrize("seed", range(300))
def test_the_companion_array_answers_every_in_test_as_stap_does(seed):
    rng = random.Random(seed)
    prog = _typed(_program(rng, tests=True))
    # (without the auto-print at exit a program that only stores has: the other test's)
    prog.probes = [p for p in prog.probes if p.points[0].kind == "begin"]
    port = presence_companions(prog)
    assert _Run(port, d=True).run() == _Run(prog, d=False).run()


@pytest.mark.parametrize("seed", range(300))
def test_the_sum_beside_an_array_is_the_value_it_holds_at_exit(seed):
    rng = random.Random(seed)
    prog = _typed(_program(rng, tests=False))
    port = printed_maps_with_values(prog)
    assert not any(isinstance(n, ir.PrintVar) for n in ir.walk(list(ir.program_roots(port))))
    assert _Run(port, d=True).run() == _Run(prog, d=False).run()


# ------------------------------------------------------------- `in` in D


def test_in_of_an_array_that_may_hold_0_reads_a_companion_array():
    d = translated('global a\nprobe begin { a[1] = 0 delete a[2] if (1 in a) println("in")\n'
                   'printf("%d\\n", !(2 in a)) exit() }\n', "d")
    assert "int a_in[int64_t];" in d
    assert "a[1] = 0;" in d and "a_in[1] = 1;" in d
    assert "a[2] = 0;" in d and "a_in[2] = 0;" in d  # stap's delete, of both
    assert "if (a_in[1])\n" in d
    assert 'printf("%d\\n", !a_in[2]);' in d
    # the first store says why the companion is there
    assert d.index("/* a_in: 1 while a holds the key") < d.index("a_in[1] = 1;")


def test_the_companion_takes_a_free_name():
    d = translated('global a, a_in\nprobe begin { a_in = 3 a[1] = 0 if (1 in a) println(a_in) exit() }\n',
                   "d")
    assert "a_in2[1] = 1;" in d and "a_in2[1]" in d.split("a_in2[1] = 1;")[1]


def test_a_thread_keyed_array_keeps_a_thread_local_companion():
    d = translated('global fd\nprobe syscall.openat.return { fd[tid()] = retval }\n'
                   'probe syscall.close { if (tid() in fd && fd[tid()] == $fd) println("close") }\n', "d")
    assert "self->fd_in = 1;" in d and "/self->fd_in && " in d


@pytest.mark.parametrize("body, why", [
    ("a[1] = 0 if (1 in a) println(1) delete a", "`delete a` empties the array"),
    ("x = a[1]-- if (1 in a) println(x)", "a store into 'a' inside an expression"),
    ("a[gettimeofday_ns()] = 0 if (1 in a) println(1)", "a key of 'a' .* may differ"),
    ("i = 0 a[i] = i++ if (1 in a) println(1)", "a value stored into 'a' .* changes variables"),
])
def test_in_is_refused_where_the_companion_cannot_follow(body, why):
    with pytest.raises(XtraceError, match=f"'in' membership test of 'a' has no D equivalent: .*{why}"):
        translated(f"global a\nprobe begin {{ {body} exit() }}\n", "d")


def test_a_wrapping_array_s_in_is_refused():
    with pytest.raises(XtraceError, match="drops its oldest element"):
        translated('global a[2]%\nprobe begin { a[1] = 0 if (1 in a) println(1) exit() }\n', "d")


# ------------------------------------------------------- auto-print in D


def test_an_array_stored_with_assignment_is_printed_from_a_sum_beside_it():
    d = translated('global a\nprobe begin { a[1] = 5 a[2]++ a[1] = 3 a[2] -= 4 exit() }\n', "d")
    assert "@a_values[1] = sum(5 - a[1]);\n    a[1] = 5;" in d
    assert "@a_values[2] = sum(1);\n    a[2]++;" in d
    assert "@a_values[2] = sum(-4);\n    a[2] -= 4;" in d
    assert 'printa("a[%d]=0x%@x\\n", @a_values);' in d and "#pragma D option aggsortrev" in d
    assert "@a_values[k] is a[k], for stap's print of a at exit" in d


@pytest.mark.parametrize("decl, body, why", [
    ("a", 'a[1] = "x"', "'a' holds strings"),
    ("a", "a[1] = 5 a[1] *= 2", r"stored with `\*=`"),
    ("a[4]", "a[1] = 5", "holds at most 4 elements"),
    ("a", "a[1] = gettimeofday_ns()", "may differ when computed again"),
    ("a", "x = a[1] = 5 println(x)", "inside an expression"),
])
def test_the_auto_print_is_refused_where_the_sum_cannot_follow(decl, body, why):
    with pytest.raises(XtraceError, match=f"auto-print of the array 'a' has no D equivalent: .*{why}"):
        translated(f"global {decl}\nprobe begin {{ {body} exit() }}\n", "d")


def test_vue_keeps_the_companion_too_and_clear_empties_both():
    # Vue has no membership test either; its clear() empties an array, so a
    # whole-array delete, which D refuses, is followed by the companion's clear()
    stp = ('global a\nprobe begin { a[1] = 0; a[2] = 5; delete a[2]; printf("%d %d\\n", 1 in a, 2 in a); '
           'delete a; printf("%d\\n", 1 in a); exit() }\n')
    vue = translated(stp, "vue")
    assert "a_in[1] = 1;" in vue and "delete(a_in, 2);" in vue, vue
    assert 'printf("%d %d\\n", a_in[1], a_in[2]);' in vue, vue
    assert "clear(a);\n    clear(a_in);" in vue, vue
    with pytest.raises(XtraceError, match="cannot empty the companion"):
        translated(stp, "d")
