"""The SystemTap frontend: grammar, lowering to the IR, rejects, and the IR -> stap printer."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.frontends.common import parse_with
from xtrace.frontends.stap import parse, print_program
from xtrace.grammars.generated.stap.StapLexer import StapLexer
from xtrace.grammars.generated.stap.StapParser import StapParser
from xtrace.ir import nodes as ir
from xtrace.ir.printflits import literals_into_formats
from xtrace.ir import types as irtypes
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT32, INT64, STRING, Type

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def lower(src: str) -> ir.Program:
    return parse(src, "t.stp")


def stmts(src: str) -> list[ir.Stmt]:
    """The statements of the first probe."""
    return lower(src).probes[0].body.stmts


def expr_of(body: str, decls: str = "", point: str = "begin") -> ir.Expr:
    """The expression of the first statement of `probe point { body }`."""
    s = stmts(f"{decls}\nprobe {point} {{ {body} }}")[0]
    assert isinstance(s, ir.ExprStmt)
    return s.expr


def roundtrip(prog: ir.Program) -> str:
    """Print a program and check that it parses back to the same IR."""
    out = print_program(prog)
    again = parse(out, prog.file)
    # (a string literal of a plain %s is the format's text in the IR a script reads as)
    literals_into_formats(prog)
    assert again == prog, out
    return out


# IR shorthands
def V(name: str, scope: str = "global") -> ir.Var:
    return ir.Var(name, scope)


def L(name: str) -> ir.Var:
    return ir.Var(name, "local")


def I(value: int) -> ir.IntLit:
    return ir.IntLit(value)


def S(value: str) -> ir.StrLit:
    return ir.StrLit(value)


def B(name: str) -> ir.Builtin:
    return ir.Builtin(name)


def X(e: ir.Expr) -> ir.ExprStmt:
    return ir.ExprStmt(e)


def PP(kind: str, name: str = "", **kw) -> ir.ProbePoint:
    return ir.ProbePoint(kind, name, **kw)


# ---------------------------------------------------------------- seed scripts


def test_seed_hello_stp():
    src = (EXAMPLES / "hello.stp").read_text()
    assert src.strip() == 'probe begin { log("hello world") exit() }'
    prog = parse(src, "hello.stp")
    assert prog == ir.Program("hello.stp", "stap", [], [
        # log("hello world"): its literal is the format's text (ir/printflits.py)
        ir.Probe([PP("begin")], ir.Block([ir.Printf("hello world\n", []), ir.Exit()])),
    ])


def test_seed_test2_stp():
    src = (EXAMPLES / "test2.stp").read_text()
    assert src.startswith("#!/usr/bin/stap\n")
    prog = parse(src, "test2.stp")
    assert prog.lang == "stap"
    assert prog == ir.Program("test2.stp", "stap", [], [
        ir.Probe([PP("begin")], ir.Block([ir.Printf("begin to probe\n", [])])),
        ir.Probe([PP("syscall", "open")], ir.Block([
            ir.Printf("%s(%d) open (%s)\n", [B("execname"), B("pid"), B("argstr")])])),
        ir.Probe([PP("timer", period_ns=4_000_000_000)], ir.Block([ir.Exit()])),
        ir.Probe([PP("end")], ir.Block([ir.Printf("end to probe\n", [])])),
    ])
    # every node knows where it was written (the shebang is a comment, not a probe comment)
    p = prog.probes[1]
    assert p.loc == Loc("test2.stp", 3, 1)
    assert p.points[0].loc == Loc("test2.stp", 3, 7)
    assert p.points[0].spelling == "syscall.open"
    printf = p.body.stmts[0]
    assert printf.loc == Loc("test2.stp", 3, 22)
    assert [a.loc.col for a in printf.args] == [51, 63, 70]
    assert prog.probes[2].body.stmts[0].loc == Loc("test2.stp", 4, 24)
    assert prog.probes[0].comments == []


def test_seed_scripts_through_registry():
    src = (EXAMPLES / "test2.stp").read_text()
    prog = frontends.parse(src, "test2.stp", frontends.lang_for("test2.stp"))
    assert prog.lang == "stap" and prog.source == src


@pytest.mark.parametrize("name", ["hello.stp", "test2.stp"])
def test_seed_scripts_roundtrip(name):
    roundtrip(parse((EXAMPLES / name).read_text(), name))


def test_count_idiom():
    prog = lower("""
        global num
        probe syscall.* { num[pid(), execname()] <<< 1 }
        probe end {
            foreach ([p, e] in num @count+)
                printf("%d %s %d\\n", p, e, @count(num[p, e]))
        }""")
    assert prog.globals == [ir.Global("num", "agg", agg_func="stats")]
    assert prog.probes[0].body.stmts == [
        ir.AggUpdate("num", [B("pid"), B("execname")], "stats", [I(1)])]
    assert prog.probes[1].body.stmts == [
        ir.PrintAgg("num", layout="format", fmt="%d %s %d\n", value_func="count",
                    sort_by="value", descending=False)]
    assert len(prog.probes) == 2  # num is read by the foreach: no auto-print


def test_autoprint_of_unread_globals():
    prog = lower("""
        global reads, n, s, used, never
        probe syscall.read { reads[execname()] <<< 1; n++; s = "x"; used[1] = 2 }
        probe timer.s(1) { if ([1] in used) exit() }
        probe end { log("bye") }""")
    assert [g.kind for g in prog.globals] == ["agg", "scalar", "scalar", "map", "scalar"]
    assert len(prog.probes) == 4
    auto = prog.probes[-1]
    assert auto.points == [PP("end")]
    assert auto.body.stmts == [
        ir.PrintAgg("reads", layout="stap", value_func="count", sort_by="value", descending=True),
        ir.PrintVar("n"),
        ir.PrintVar("s"),
    ]
    assert auto.body.stmts[0].loc.line == 2  # at the declaration
    roundtrip(prog)


def test_autoprint_follows_stap_use_rules():
    # x += 1 as a statement is only a write; y++ whose value is assigned is a use, and so is
    # a plain read in an if condition (v); but stap does not count w++ in an if condition
    prog = lower("""
        global x, y, z, v, w
        probe begin { x += 1; z = y++; v = 1; if (v == 1) log("one"); if (w++ > 1) log("big") }""")
    assert prog.probes[-1].body.stmts == [ir.PrintVar("x"), ir.PrintVar("z"), ir.PrintVar("w")]


# ----------------------------------------------------------- accepted snippets


def _pts(src):
    return lower(src).probes[0].points


ACCEPT: list[tuple[str, str, object]] = [
    ("empty-body", "probe begin { }",
     lambda p: p.probes[0].body.stmts == []),
    ("two-points", "probe begin, end { exit() }",
     lambda p: p.probes[0].points == [PP("begin"), PP("end")]),
    ("syscall-return", 'probe syscall.open.return { printf("%d\\n", retval) }',
     lambda p: p.probes[0].points == [PP("syscall", "open", is_return=True)]
     and p.probes[0].body.stmts[0].args == [B("retval")]),
    ("syscall-star", "probe syscall.* { }",
     lambda p: p.probes[0].points == [PP("syscall", "*")]),
    ("syscall-star-return", "probe syscall.*.return { }",
     lambda p: p.probes[0].points == [PP("syscall", "*", is_return=True)]),
    ("syscall_any", "probe syscall_any, syscall_any.return { }",
     lambda p: p.probes[0].points == [PP("syscall", "*"), PP("syscall", "*", is_return=True)]),
    ("syscall-glob", "probe syscall.op*n, syscall.*at { }",
     lambda p: [x.name for x in p.probes[0].points] == ["op*n", "*at"]),
    ("kfunc-return", 'probe kernel.function("vfs_*").return { }',
     lambda p: p.probes[0].points == [PP("kfunc", "vfs_*", is_return=True)]),
    ("kfunc-call", 'probe kernel.function("vfs_read").call, kprobe.function("do_sys_open") { }',
     lambda p: p.probes[0].points == [PP("kfunc", "vfs_read"), PP("kfunc", "do_sys_open")]),
    ("timer-ms", "probe timer.ms(4000) { }",
     lambda p: p.probes[0].points == [PP("timer", period_ns=4_000_000_000)]),
    ("timer-units", "probe timer.s(2), timer.us(10), timer.ns(500), timer.jiffies(5), timer.hz(100) { }",
     lambda p: [x.period_ns for x in p.probes[0].points]
     == [2_000_000_000, 10_000, 500, 20_000_000, 10_000_000]),
    ("tracepoint", 'probe kernel.trace("sched:sched_switch") { }',
     lambda p: p.probes[0].points == [PP("tracepoint", "sched:sched_switch")]),
    ("optional", "probe syscall.open?, syscall.nosuch! { }",
     lambda p: [x.optional for x in p.probes[0].points] == [True, True]),
    ("globals", 'global x, y[100], z = 5, w = "s", v = -3\nprobe begin { x = y[1] + z + v; w .= "t" }',
     lambda p: p.globals == [ir.Global("x", "scalar"), ir.Global("y", "map", size=100),
                             ir.Global("z", "scalar", init=I(5)),
                             ir.Global("w", "scalar", init=S("s")),
                             ir.Global("v", "scalar", init=I(-3))]),
    ("global-after-use", "probe begin { c = 1 } global c",
     lambda p: p.probes[0].body.stmts == [X(ir.Assign(V("c"), "=", I(1)))]),
    ("separators", "probe begin { a = 1; b = 2;; c = 3 ; }",
     lambda p: len(p.probes[0].body.stmts) == 3),
    ("no-separators", "probe begin { a = 1 b = 2 exit() }",
     lambda p: p.probes[0].body.stmts[2] == ir.Exit()),
    ("if-else", "probe begin { a = 1; if (a > 1) a = 2; else { a = 3 } }",
     lambda p: p.probes[0].body.stmts[1] == ir.If(
         ir.Binary(">", L("a"), I(1)), X(ir.Assign(L("a"), "=", I(2))),
         ir.Block([X(ir.Assign(L("a"), "=", I(3)))]))),
    ("else-if", "probe begin { a = 1; if (a) a = 2 else if (!a) a = 3 else a = 4 }",
     lambda p: isinstance(p.probes[0].body.stmts[1].else_, ir.If)),
    ("nested-blocks", "probe begin { { a = 1 { a = 2 } } }",
     lambda p: p.probes[0].body.stmts == [ir.Block([X(ir.Assign(L("a"), "=", I(1))),
                                                    ir.Block([X(ir.Assign(L("a"), "=", I(2)))])])]),
    ("stats-update", "global s, t; probe begin { s[1, \"a\"] <<< 5; t <<< 1 }",
     lambda p: p.probes[0].body.stmts == [ir.AggUpdate("s", [I(1), S("a")], "stats", [I(5)]),
                                         ir.AggUpdate("t", [], "stats", [I(1)])]),
    ("stat-extractors", "global s; probe begin { s[1] <<< 5; x = @count(s[1]) + @sum(s[1]) "
                        "+ @min(s[1]) + @max(s[1]) + @avg(s[1]) }",
     lambda p: [e.func for e in _walk_expr(p.probes[0].body.stmts[1].expr)
                if isinstance(e, ir.AggRead)] == ["count", "sum", "min", "max", "avg"]),
    ("concat", 'probe begin { s = "a" . execname() . "b"; s .= "c" }',
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Binary(
         ".", ir.Binary(".", S("a"), B("execname")), S("b"))
     and p.probes[0].body.stmts[1].expr.op == ".="),
    ("precedence", "probe begin { a = 1 + 2 * 3 << 1 < 4 && 5 | 6 & 7 || 8 }",
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Binary(
         "||", ir.Binary("&&", ir.Binary("<", ir.Binary("<<", ir.Binary(
             "+", I(1), ir.Binary("*", I(2), I(3))), I(1)), I(4)),
             ir.Binary("|", I(5), ir.Binary("&", I(6), I(7)))), I(8))),
    ("stap-precedence", "probe begin { a = 1 & 2 == 3; b = \"x\" . 1 + 2 }",
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Binary("&", I(1), ir.Binary("==", I(2), I(3)))
     and p.probes[0].body.stmts[1].expr.value == ir.Binary(".", S("x"), ir.Binary("+", I(1), I(2)))),
    ("ternary", "probe begin { a = pid() > 1 ? 1 : pid() ? 2 : 3 }",
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Ternary(
         ir.Binary(">", B("pid"), I(1)), I(1), ir.Ternary(B("pid"), I(2), I(3)))),
    ("compound-assign", "probe begin { a = 1; a += 1; a -= 1; a *= 2; a /= 2; a %= 3; a <<= 1; "
                        "a >>= 1; a &= 1; a |= 1; a ^= 1 }",
     lambda p: [s.expr.op for s in p.probes[0].body.stmts]
     == ["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]),
    ("assign-chain", "probe begin { a = b = 3 }",
     lambda p: p.probes[0].body.stmts[0].expr == ir.Assign(L("a"), "=", ir.Assign(L("b"), "=", I(3)))),
    ("incdec", "global c; probe begin { c++; ++c; c--; --c; x = c++ }",
     lambda p: [(s.expr.op, s.expr.prefix) for s in p.probes[0].body.stmts[:4]]
     == [("++", False), ("++", True), ("--", False), ("--", True)]),
    ("in", "global m; probe begin { m[1, 2] = 3; a = [1, 2] in m; b = 1 in m; c = !(1 in m) }",
     lambda p: p.probes[0].body.stmts[1].expr.value == ir.InMap([I(1), I(2)], "m")
     and p.probes[0].body.stmts[2].expr.value == ir.InMap([I(1)], "m")
     and p.probes[0].body.stmts[3].expr.value == ir.Unary("!", ir.InMap([I(1)], "m"))),
    ("dollar-return", 'probe kernel.function("vfs_read").return { x = $return }',
     lambda p: p.probes[0].body.stmts[0].expr.value == B("retval")),
    ("retval-anywhere-return", 'probe kernel.function("ksys_sync").return, syscall.read.return '
                               '{ x = retval + returnval() }',
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Binary("+", B("retval"), B("retval"))),
    ("comments", "#!/usr/bin/stap\n# one\n// two\n/* three */\nprobe begin { # in\n"
                 "a = 1 // in\n/* in */ }",
     lambda p: p.probes[0].comments == ["one\ntwo", "three"]),  # a run of line comments is one
    ("escapes", r'probe begin { printf("a\tb\"c\\d\n\101\x42\e") }'.replace("\\e", ""),
     # stap's lexer has no \x escape: it drops the backslash, as before any other letter
     lambda p: p.probes[0].body.stmts[0].fmt == 'a\tb"c\\d\nAx42'),
    ("unknown-escapes", r'probe begin { printf("%\s|\q|\'|\?\n", "s") }',
     # (the literal of the plain %s is written into the format: ir/printflits.py)
     lambda p: p.probes[0].body.stmts[0].fmt == "s|q|'|?\n"),
    ("int-forms", "probe begin { a = 0x1F + 017 + 10 - 0xffffffffffffffff }",
     lambda p: [e.value for e in _walk_expr(p.probes[0].body.stmts[0].expr)
                if isinstance(e, ir.IntLit)] == [31, 15, 10, -1]),
    ("negative-literal", "probe begin { a = -5; b = -(5); c = - x; x = 1 }",
     lambda p: p.probes[0].body.stmts[0].expr.value == I(-5)
     and p.probes[0].body.stmts[1].expr.value == ir.Unary("-", I(5))),
    ("unary", "probe begin { a = !1 + ~2 + -a + +3 }",
     lambda p: {e.op for e in _walk_expr(p.probes[0].body.stmts[0].expr)
                if isinstance(e, ir.Unary)} == {"!", "~", "-", "+"}),
    ("print-family", 'global g = "s"; probe begin { n = 1; log("x"); println(n); println(g); '
                     'print(n, "a"); printd("%", n, g); printdln(",", n, execname()); println() }',
     lambda p: [s.fmt for s in p.probes[0].body.stmts[1:]]
     # (a literal of a plain %s is the format's text: log("x"), print(n, "a"))
     == ["x\n", "%d\n", "%s\n", "%da", "%d%%%s", "%d,%s\n", "\n"]),
    ("print-string-local", 'probe begin { s = "a"; t = s . "b"; print(t) }',
     lambda p: p.probes[0].body.stmts[2].fmt == "%s"),
    ("exit-next", "probe begin { if (pid()) next; exit() }",
     lambda p: p.probes[0].body.stmts == [ir.Exit()] and p.probes[0].predicate == ir.Unary("!", B("pid"))),
    ("delete", "global m, s; probe begin { m[1] = 1; s <<< 1; delete m[1]; delete m; delete s }",
     lambda p: p.probes[0].body.stmts[2:] == [ir.Delete("m", [I(1)]), ir.Delete("m"), ir.Delete("s")]),
    ("foreach-value-sort", "global s; probe begin { s[1] <<< 1 }\n"
                           "probe end { foreach ([k] in s- limit 3) { printf(\"%d %d\\n\", k, @count(s[k])) } }",
     lambda p: p.probes[1].body.stmts == [ir.PrintAgg("s", "format", "%d %d\n", "count", "value", True, 3)]),
    ("foreach-stat-sort", "global s; probe begin { s[1] <<< 1 }\n"
                          "probe end { foreach ([k] in s @sum+) printf(\"%d %d\\n\", k, @sum(s[k])) }",
     lambda p: p.probes[1].body.stmts == [ir.PrintAgg("s", "format", "%d %d\n", "sum", "value", False)]),
    ("foreach-key-sort", "global s; probe begin { s[1, 2] <<< 1 }\n"
                         "probe end { foreach ([a-, b] in s) printf(\"%d %d %d\\n\", a, b, @max(s[a, b])) }",
     lambda p: p.probes[1].body.stmts == [ir.PrintAgg("s", "format", "%d %d %d\n", "max", "key", True)]),
    ("foreach-value-var", "global s; probe begin { s[1] <<< 1 }\n"
                          "probe end { foreach (v- = [k] in s) printf(\"%d %d\\n\", k, @count(v)) }",
     lambda p: p.probes[1].body.stmts == [ir.PrintAgg("s", "format", "%d %d\n", "count", "value", True)]),
    ("foreach-unsorted", "global s; probe begin { s[1] <<< 1 }\n"
                         "probe end { foreach (k in s) printf(\"%d %d\\n\", k, @avg(s[k])) }",
     lambda p: p.probes[1].body.stmts == [ir.PrintAgg("s", "format", "%d %d\n", "avg", "key", False)]),
    ("conditional-probe", "global on = 1; probe syscall.read if (on), syscall.write if (on) { on = 0 }",
     lambda p: p.probes[0].predicate == V("on")),
    ("guard-and-condition", "global on; probe begin if (on) { if (!(pid() == 1)) next; on = 1 }",
     lambda p: p.probes[0].predicate == ir.Binary("&&", V("on"), ir.Binary("==", B("pid"), I(1)))),
    ("builtins", "probe begin { a = execname() . pp() . probefunc() . ppfunc(); b = pid() + tid() + "
                 "ppid() + uid() + gid() + euid() + egid() + cpu() + gettimeofday_ns() + "
                 "local_clock_ns() + ktime_get_ns() }",
     lambda p: [e.name for s in p.probes[0].body.stmts for e in _walk_expr(s.expr)
                if isinstance(e, ir.Builtin)]
     == ["execname", "pp", "probefunc", "probefunc", "pid", "tid", "ppid", "uid", "gid", "euid",
         "egid", "cpu", "walltimestamp", "timestamp", "timestamp"]),
    ("syscall-context", "probe syscall.open { a = name . argstr }",
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Binary(
         ".", B("syscall_name"), B("argstr"))),
    ("functions", "probe syscall.open { a = strlen(user_string(long_arg(2))) + strlen(kernel_string(0)) }",
     lambda p: p.probes[0].body.stmts[0].expr.value.lhs == ir.Call(
         "strlen", [ir.Call("user_string", [B("arg1")])])),
    ("local-shadows-context", "probe syscall.open { name = \"x\"; log(name) }",
     lambda p: p.probes[0].body.stmts[1].args == [L("name")]),
    ("while-break-continue", "probe begin { while (i < 10) { i++; if (i == 5) break; else continue } }",
     lambda p: p.probes[0].body.stmts[0] == ir.While(ir.Binary("<", L("i"), I(10)), ir.Block([
         X(ir.IncDec(L("i"), "++", False)),
         ir.If(ir.Binary("==", L("i"), I(5)), ir.Break(), ir.Continue())]))),
    ("for-is-init-and-while-with-step", "probe begin { for (i = 0; i < 3; i++) x += i; for (;;) break }",
     lambda p: p.probes[0].body.stmts == [
         ir.Block([X(ir.Assign(L("i"), "=", I(0))),
                   ir.While(ir.Binary("<", L("i"), I(3)), X(ir.Assign(L("x"), "+=", L("i"))),
                            ir.IncDec(L("i"), "++", False))]),
         ir.While(I(1), ir.Break())]),
    ("foreach-array", "global x; probe begin { x[1, \"a\"] = 2; foreach (v = [a, b] in x- limit 3) "
                      "printf(\"%d %s %d\", a, b, v) }",
     lambda p: p.probes[0].body.stmts[1] == ir.ForEach(
         "x", ["a", "b"], ir.Printf("%d %s %d", [L("a"), L("b"), L("v")]), value="v",
         sort_column=0, descending=True, limit=I(3))),
    ("foreach-key-column", "global x; probe begin { x[1, 2] = 2; foreach ([a, b+] in x) delete y }\n"
                           "global y",
     lambda p: p.probes[0].body.stmts[1].sort_column == 2
     and not p.probes[0].body.stmts[1].descending),
    ("foreach-aggregate-body", "global s; probe begin { s[1] <<< 1 } probe end { "
                               "foreach (k in s @sum- limit 2) { printf(\"%d\", k) exit() } }",
     lambda p: p.probes[1].body.stmts[0] == ir.ForEach(
         "s", ["k"], ir.Block([ir.Printf("%d", [L("k")]), ir.Exit()]), sort_column=0,
         descending=True, sort_stat="sum", limit=I(2))),
    ("foreach-printing-idiom-stays-printagg", "global s; probe begin { s[1] <<< 1 } probe end { "
                                              "foreach (k in s-) printf(\"%d %d\", k, @count(s[k])) }",
     lambda p: isinstance(p.probes[1].body.stmts[0], ir.PrintAgg)),
    ("functions", "function f:long(a:string, b) { return strlen(a) + b }\n"
                  "function g() { return }\nprobe begin { x = f(\"ab\", 1); g() }",
     lambda p: p.functions == [
         ir.Function("f", [ir.Param("a", irtypes.STRING), ir.Param("b")],
                     ir.Block([ir.Return(ir.Binary("+", ir.Call("strlen", [L("a")]), L("b")))]),
                     irtypes.INT64),
         ir.Function("g", [], ir.Block([ir.Return()]))]
     and p.probes[0].body.stmts[0].expr.value == ir.FuncCall("f", [S("ab"), I(1)])),
    ("recursion", "function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2) }\n"
                  "probe begin { print(fib(10)) }",
     lambda p: p.probes[0].body.stmts[0].fmt == "%d"),
    ("function-hides-tapset", "function strlen(s) { return 7 }\nprobe begin { x = strlen(\"a\") }",
     lambda p: isinstance(p.probes[0].body.stmts[0].expr.value, ir.FuncCall)),
    ("sprintf-sprint", 'probe begin { s = sprintf("%d-%s", 1, "a") . sprint(2) . sprint("b"); print(s) }',
     lambda p: p.probes[0].body.stmts[0].expr.value == ir.Binary(".", ir.Binary(".", ir.Sprintf(
         "%d-%s", [I(1), S("a")]), ir.Sprintf("%d", [I(2)])), ir.Sprintf("%s", [S("b")]))
     and p.probes[0].body.stmts[1].fmt == "%s"),
    ("print-of-catch-variable", "probe begin { try { x = 1 } catch (m) { print(m) } }",
     lambda p: p.probes[0].body.stmts[0].handler.stmts[0].fmt == "%s"),
    ("print-of-foreach-variables", 'global a, b; probe begin { a["x", 1] = "v"; foreach (v = [s, n] in a) '
                                   '{ b[s] = n; print(s, n, v) } foreach (t in b) print(t) }',
     lambda p: p.probes[0].body.stmts[1].body.stmts[1].fmt == "%s%d%s"
     and p.probes[0].body.stmts[2].body.fmt == "%s"),
    ("print-of-string-function", "function s() { return \"x\" . \"y\" }\nprobe begin { print(s()) }",
     lambda p: p.probes[0].body.stmts[0].fmt == "%s"),
]


def _walk_expr(e: ir.Expr):
    """e and every expression under it, left to right."""
    yield e
    for v in vars(e).values():
        for item in (v if isinstance(v, list) else [v]):
            if isinstance(item, ir.Expr):
                yield from _walk_expr(item)


@pytest.mark.parametrize("name,src,check", ACCEPT, ids=[a[0] for a in ACCEPT])
def test_accept(name, src, check):
    prog = lower(src)
    assert check(prog), prog


@pytest.mark.parametrize("name,src,check", ACCEPT, ids=[a[0] for a in ACCEPT])
def test_roundtrip(name, src, check):
    roundtrip(lower(src))


# Constructs the grammar takes although the lowering does not (yet).
GRAMMAR_ONLY = [
    "function f(a, b:long):string { return a . \"x\" }",
    "function g:long (x) { return x + 1 } function h() %{ /* c */ %}",
    "probe myalias = syscall.open, syscall.close { x = 1 }",
    "probe myalias += kernel.function(\"f\") { }",
    "%{ #include <linux/sched.h> %}",
    'probe process("/bin/ls").function("main") { }',
    "probe begin { while (i < 10) { i++; if (i == 5) break; else continue } }",
    "probe begin { for (i = 0; i < 10; i++) x += i; for (;;) break }",
    "probe begin { foreach (v = [a, b] in x-) printf(\"%d\", v) }",
    "probe begin { foreach ([a, b+] in x limit n + 1) { delete x[a, b] } }",
    "probe begin { try { x = 1 } catch (msg) { log(msg) } try { } catch { } }",
    "probe kernel.function(\"f\") { x = $task->mm->owner; y = $argv[1]; z = $p$; w = $$parms }",
    "probe kernel.function(\"f\").return { x = @entry($var) + @defined($y) }",
    "probe begin { x = $1; y = @1; if (execname() =~ \"^ba\") next }",
    "probe timer.ms($1) { }",
    "probe begin { x = %{ 42 %} }",
    "private global secret; probe begin { return }",
]


@pytest.mark.parametrize("src", GRAMMAR_ONLY)
def test_grammar_accepts(src):
    parse_with(StapLexer, StapParser, "program", src, "g.stp")


# ------------------------------------------------------------------- rejects

REJECT = [
    ("probe begin { x = }", "expected literal string or number", 1, 19),
    ("probe foo.bar { }", "probe point 'foo.bar' is not supported yet", 1, 7),
    ('probe begin, process("/bin/ls").statement("main") { }',
     "probe point 'process(\"/bin/ls\").statement(\"main\")' is not supported yet", 1, 14),
    ("probe syscall.open.entry { }", "not supported yet", 1, 7),
    ("probe syscall.open * { }", "space inside a probe point", 1, 20),
    ("probe timer.ms(0) { }", "must be positive", 1, 7),
    ("probe begin(\"x\") { }", "not supported yet", 1, 7),
    ("\nfunction f() %{ x %}", "embedded code in unprivileged script; need stap -g", 2, 14),
    ("function f() { }\nfunction f() { }", "function 'f' is defined twice", 2, 10),
    ("function f(x:long) { }\nprobe begin { f(1, 2) }", "function 'f' takes 1 argument, 2 given", 2, 15),
    ("function f(x:int) { }", "unknown type 'int'", 1, 14),
    ("function f() { next }", "cannot 'next' from function", 1, 16),
    ("probe begin { return 1 }", "cannot 'return' from probe", 1, 15),
    ("probe begin { break }", "'break' outside a loop", 1, 15),
    ("probe begin { if (1) continue }", "'continue' outside a loop", 1, 22),
    ("probe a = a { }\nprobe a { }", "probe alias expansion is too deep", 1, 11),
    ("%{ x %}", "embedded code in unprivileged script; need stap -g", 1, 1),
    ("global m; probe begin { m[1] = 1 }\nprobe end { foreach (k in m) m[k] = 2 }",
     "variable 'm' modified during 'foreach' iteration", 2, 30),
    ("global m; probe begin { m[1] = 1 }\nprobe end { foreach (k in m) delete m[k] }",
     "variable 'm' modified during 'foreach' iteration", 2, 30),
    ("global s; probe begin { s[1] <<< 1 }\nprobe end { foreach (v = k in s) printf(\"%d\", k) }",
     "'s' is a statistics aggregate: read its elements", 2, 22),
    ("global m; probe begin { m[1] = 1 }\nprobe end { foreach (k in m @sum) printf(\"%d\", k) }",
     "expected sort directive", 2, 33),
    ("global m; probe begin { m[1] = 1 }\nprobe end { foreach ([a, a] in m) printf(\"%d\", a) }",
     "names one key variable twice", 2, 22),
    ("global s; probe begin { s[1] <<< 1 }\nprobe end { foreach (k+ in s-) printf(\"%d\", k) }",
     "multiple sort directives", 2, 29),
    ("probe syscall.open { x = retval }", "unknown variable 'retval'", 1, 26),
    ("probe syscall.open { x = returnval() }", "needs a .return probe", 1, 26),
    ("probe syscall.open { x = $return }", "$return is only available in .return probes", 1, 26),
    ("probe begin { a[1] = 2 }", "'a' must be declared global to be used as an array", 1, 15),
    ("probe begin { s <<< 1 }", "'s' must be declared global to be used as a statistics aggregate", 1, 15),
    ("global s; probe begin { s <<< 1; x = s }", "'s' is a statistics aggregate", 1, 38),
    ("global s; probe begin { s[1] <<< 1; x = s[1] }", "'s' is a statistics aggregate", 1, 41),
    ("global m; probe begin { m = 1; m[1] = 2 }", "used both as a scalar and as an array", 1, 32),
    ("global m[10]; probe begin { m = 1 }", "'m' is declared as an array", 1, 29),
    ("global m; probe begin { m = 1; x = @count(m) }", "'m' is a statistics aggregate", 1, 25),
    ("probe begin { f = \"%d\"; printf(f, 1) }", "printf needs a literal format string", 1, 25),
    ("global s; probe begin { x = (s <<< 1) }", "'<<<' can only be used as a statement", 1, 32),
    ("probe begin { x = foo(1) }", "unresolved function 'foo'", 1, 19),
    ("probe begin { x = pid(1) }", "pid() takes no arguments", 1, 19),
    ("probe begin { x = printf(\"a\") }", "printf() can only be used as a statement", 1, 19),
    ("probe begin { x = $1 }", "command line argument index 1 out of range [1-0]", 1, 19),
    ("probe begin { x = @entry(1) }", "@entry is only available in .return probes", 1, 19),
    ('probe begin { x = @cast(p) }', "@cast takes an address, a type name and optionally a module", 1, 19),
    ("probe begin { 1 = 2 }", "cannot assign to this expression", 1, 15),
    ("probe begin { exit(1) }", "exit() takes no arguments", 1, 15),
    ("global x, x", "global 'x' is declared twice", 1, 11),
]


@pytest.mark.parametrize("src,msg,line,col", REJECT, ids=[r[1][:40] for r in REJECT])
def test_reject(src, msg, line, col):
    with pytest.raises(XtraceError) as ei:
        parse(src, "bad.stp")
    err = ei.value
    assert msg in err.message
    assert err.loc == Loc("bad.stp", line, col), err.render()
    assert err.source == src  # so that the caret line can be shown


@pytest.mark.parametrize("src, col", [
    ("%{ #include <linux/sched.h> %}\nprobe begin { }", 1),
    ("function f:long () %{ 1 %}\nprobe begin { println(f()) }", 20),
    ("probe begin { println(%{ 1 %}) }", 23),
    ("probe begin { %{ barrier(); %} }", 15),
])
def test_embedded_c_without_guru_mode_is_stap_error(src, col):
    """Without -g, embedded C is refused in stap's words, at the %{ (guru mode has
    it: tests/test_stap_embedded_c.py)."""
    with pytest.raises(XtraceError) as ei:
        parse(src, "bad.stp")
    assert ei.value.message == "embedded code in unprivileged script; need stap -g"
    assert ei.value.kind == "parse error"
    assert ei.value.loc.line == 1 and ei.value.loc.col == col


# -------------------------------------------------------------------- printer


def _d_count_program() -> ir.Program:
    """What the D frontend makes of `syscall:::entry { @num[pid, execname] = count(); }`."""
    return ir.Program("count.d", "d", [ir.Global("num", "agg", agg_func="count",
                                                 key_types=[INT32, STRING])], [
        ir.Probe([PP("syscall", "*")], ir.Block([ir.AggUpdate("num", [B("pid"), B("execname")],
                                                              "count", [])])),
        ir.Probe([PP("end")], ir.Block([ir.PrintAgg("num", layout="dtrace")])),
    ])


def test_print_dtrace_layout():
    assert print_program(_d_count_program()) == """\
global num

probe syscall_any
{
    num[pid(), execname()] <<< 1
}

probe end
{
    printf("\\n")
    foreach ([p, comm] in num @count+)
        printf(" %8d  %-50s %16d\\n", p, comm, @count(num[p, comm]))
}
"""
    # and it is valid stap for us too
    again = parse(print_program(_d_count_program()), "count.stp")
    assert again.probes[1].body.stmts[1] == ir.PrintAgg(
        "num", "format", " %8d  %-50s %16d\n", "count", "value", False)


@pytest.mark.parametrize("t,fmt", [
    (Type("int", 8), " %3d"), (Type("int", 16), " %5d"), (INT32, " %8d"), (INT64, " %16d"),
    (Type("int", 64, False), " %16u"), (STRING, "  %-50s"),
])
def test_print_dtrace_key_columns(t, fmt):
    prog = ir.Program("a.d", "d", [ir.Global("a", "agg", agg_func="sum", key_types=[t])], [
        ir.Probe([PP("begin")], ir.Block([ir.AggUpdate("a", [V("k")], "sum", [B("arg0")])])),
        ir.Probe([PP("end")], ir.Block([ir.PrintAgg("a", layout="dtrace", value_func="sum")])),
    ])
    out = print_program(prog)
    assert f'printf("{fmt} %16d\\n", k_2, @sum(a[k_2]))' in out or \
        f'printf("{fmt} %16d\\n", k, @sum(a[k]))' in out, out
    assert "a[k] <<< long_arg(1)" in out
    assert "@sum+" in out


def test_print_predicate_and_thread_vars():
    prog = ir.Program("t.d", "d", [ir.Global("x", "scalar")], [
        ir.Probe([PP("syscall", "read")], ir.Block([
            X(ir.Assign(V("ts", "thread"), "=", B("timestamp")))]),
            predicate=ir.Binary("==", B("execname"), S("sh"))),
        ir.Probe([PP("syscall", "read", is_return=True)], ir.Block([
            X(ir.Assign(V("x"), "=", ir.Binary("-", B("timestamp"), V("ts", "thread")))),
            ir.Printf("%d\n", [V("x")])]),
            predicate=ir.Unary("!", V("x"))),
    ])
    out = print_program(prog)
    assert "global ts  # thread-local ts, keyed by tid()" in out
    assert '    if (execname() != "sh") next\n    ts[tid()] = ktime_get_ns()' in out
    assert "    if (x) next\n    x = ktime_get_ns() - ts[tid()]" in out
    assert parse(out, "t.stp").probes[0].predicate == ir.Binary("==", B("execname"), S("sh"))


def test_print_parenthesizes_by_stap_precedence():
    a, b, c = L("a"), L("b"), L("c")
    cases = [
        (ir.Binary("==", ir.Binary("&", a, I(1)), I(0)), "(a & 1) == 0"),
        (ir.Binary("<", a, ir.Binary("==", b, c)), "a < (b == c)"),
        (ir.Binary("-", a, ir.Binary("-", b, c)), "a - (b - c)"),
        (ir.Binary("-", ir.Binary("-", a, b), c), "a - b - c"),
        (ir.Binary(".", S("x"), ir.Binary("+", a, b)), '"x" . a + b'),
        (ir.Binary("+", ir.Binary(".", S("x"), a), b), '("x" . a) + b'),
        (ir.Unary("!", ir.InMap([a], "m")), "!(a in m)"),
        (ir.Unary("-", ir.Unary("-", a)), "-(-a)"),
        (ir.Unary("-", I(-1)), "-(-1)"),
        (ir.Ternary(a, b, ir.Ternary(b, c, a)), "a ? b : b ? c : a"),
        (ir.Ternary(ir.Ternary(a, b, c), b, c), "(a ? b : c) ? b : c"),
        (ir.InMap([ir.Binary("==", a, b)], "m"), "[a == b] in m"),
        (ir.Binary("*", ir.IncDec(a, "++", False), I(2)), "a++ * 2"),
    ]
    for e, want in cases:
        uses_m = " in m" in want  # a map nobody indexes would read back as a scalar
        prog = ir.Program("p.stp", "stap", [ir.Global("m", "map")] if uses_m else [], [
            ir.Probe([PP("begin")], ir.Block([X(ir.Assign(v, "=", I(1))) for v in (a, b, c)] + [
                X(ir.Assign(L("r"), "=", e)), ir.Printf("%d\n", [L("r")])]))])
        out = print_program(prog)
        assert f"r = {want}\n" in out, out
        assert parse(out, "p.stp") == prog


def test_print_formats():
    prog = ir.Program("f.d", "d", [], [ir.Probe([PP("begin")], ir.Block([
        ir.Printf("%lld %llu %5ld %-3hhd %% \"q\"\t\\\x01\n", [I(1), I(2), I(3), I(4)]),
        ir.Printf("%s\n", [B("execname")]),
        ir.Printf("%s\n", [ir.Var("v", "local", type=STRING)]),
        ir.Printf("%s\n", [L("w")]),
        ir.Exit(I(0)),
    ]))])
    out = print_program(prog)
    # stap's own l and ll stay (no-ops there); hh, which stap does not take, goes
    assert r'printf("%lld %llu %5ld %-3d %% \"q\"\t\\\001\n", 1, 2, 3, 4)' in out
    assert "log(execname())" in out and "log(v)" in out
    assert 'printf("%s\\n", w)' in out
    assert "exit()" in out


def test_print_printa_format_with_value_position():
    prog = ir.Program("f.d", "d", [ir.Global("a", "agg", agg_func="count", key_types=[STRING])], [
        ir.Probe([PP("syscall", "*")], ir.Block([ir.AggUpdate("a", [B("execname")], "count", [])])),
        ir.Probe([PP("end")], ir.Block([
            ir.PrintAgg("a", layout="format", fmt="%@8d %s\n", descending=True, limit=10)])),
    ])
    out = print_program(prog)
    assert 'foreach ([comm] in a @count- limit 10)\n        printf("%8d %s\\n", @count(a[comm]), comm)' in out


def test_print_timers_and_points():
    points = [PP("timer", period_ns=1_500_000_000), PP("timer", period_ns=2_000_000_000),
              PP("timer", period_ns=1500), PP("timer", period_ns=7_000),
              PP("kfunc", "vfs_read", is_return=True, optional=True), PP("syscall", "openat"),
              PP("syscall", "*", is_return=True), PP("tracepoint", "sched:sched_switch")]
    prog = ir.Program("t.stp", "stap", [], [ir.Probe(points, ir.Block([]))])
    out = print_program(prog)
    assert ('probe timer.ms(1500),\n      timer.s(2),\n      timer.ns(1500),\n      timer.us(7),\n'
            '      kernel.function("vfs_read").return?,\n      syscall.openat,\n'
            '      syscall_any.return,\n      kernel.trace("sched:sched_switch")\n{') in out
    assert parse(out, "t.stp") == prog


def test_print_renames_locals_that_clash():
    prog = ir.Program("c.d", "d", [ir.Global("x", "scalar")], [
        ir.Probe([PP("begin")], ir.Block([
            X(ir.Assign(L("x"), "=", I(1))), X(ir.Assign(L("next"), "=", L("x"))),
            X(ir.Assign(V("x"), "=", L("next")))])),
        ir.Probe([PP("end")], ir.Block([ir.Printf("%d\n", [V("x")])]))])
    out = print_program(prog)
    assert "x_2 = 1\n    next_2 = x_2\n    x = next_2" in out


def test_print_separates_statements_that_would_merge():
    prog = ir.Program("m.stp", "stap", [], [ir.Probe([PP("begin")], ir.Block([
        X(ir.Assign(L("a"), "=", I(1))), X(ir.Unary("-", L("a"))),
        X(ir.IncDec(L("a"), "++", True))]))])
    out = print_program(prog)
    assert "a = 1;\n    -a;\n    ++a\n" in out
    assert parse(out, "m.stp") == prog


AT = Loc("x.d", 3, 4)
PRINT_REJECT = [
    (ir.Printf("%f\n", [I(1)], loc=AT), "printf conversion '%f' cannot be expressed in stap"),
    (ir.Exit(I(2), loc=AT), "exit with a status"),
    (X(ir.Builtin("syscall_nr", loc=AT)), "builtin 'syscall_nr' cannot be expressed in stap"),
    (X(ir.Builtin("argstr", loc=AT)), "'argstr' is only available in syscall probes"),
    (ir.PrintVar("g", loc=AT), "printing global 'g'"),
    (ir.PrintAgg("g", layout="stap", loc=AT), "printing aggregation 'g'"),
    (X(ir.Binary("^^", I(1), I(2), loc=AT)), "operator '^^' cannot be expressed in stap"),
]


@pytest.mark.parametrize("stmt,msg", PRINT_REJECT, ids=[m for _, m in PRINT_REJECT])
def test_print_reject(stmt, msg):
    prog = ir.Program("x.d", "d", [ir.Global("g", "scalar")], [
        ir.Probe([PP("begin")], ir.Block([stmt, ir.Printf("%d", [V("g")])]))])
    with pytest.raises(XtraceError) as ei:
        print_program(prog)
    assert msg in ei.value.message
    assert ei.value.loc == Loc("x.d", 3, 4)


def test_print_rejects_point_without_stap_spelling():
    pp = PP("syscall", "open[at]", spelling="syscall::open[at]:entry", loc=Loc("x.d", 1, 1))
    prog = ir.Program("x.d", "d", [], [ir.Probe([pp], ir.Block([]))])
    with pytest.raises(XtraceError, match="probe point 'syscall::open\\[at\\]:entry' cannot"):
        print_program(prog)


def test_print_rejects_globals_stap_would_autoprint():
    # (a value whose computation can fail is kept for its fault and then deleted, which
    # stap counts as a use: print_faultstore.py; stores of a plain value are left out)
    risky = ir.Binary("/", B("timestamp"), B("pid"))
    prog = ir.Program("x.d", "d", [ir.Global("start", "scalar", loc=Loc("x.d", 1, 1))], [
        ir.Probe([PP("begin")], ir.Block([X(ir.Assign(V("start"), "=", risky))]))])
    assert "start = ktime_get_ns() / pid()\n        delete start\n" in print_program(prog)
    prog.probes[0].body.stmts[0].expr.value = B("timestamp")
    assert "start" not in print_program(prog)


def test_print_rejects_unread_thread_locals():
    risky = ir.Binary("%", B("timestamp"), B("pid"))
    prog = ir.Program("x.d", "d", [], [
        ir.Probe([PP("begin")], ir.Block([X(ir.Assign(V("ts", "thread"), "=", risky))]))])
    with pytest.raises(XtraceError, match="thread-local 'ts' is written but never read"):
        print_program(prog)


def test_autoprint_probe_is_left_to_stap():
    prog = lower("global n; probe syscall.read { n++ } probe timer.s(1) { exit() }")
    assert isinstance(prog.probes[-1].body.stmts[0], ir.PrintVar)
    out = roundtrip(prog)
    assert out.count("probe ") == 2 and "PrintVar" not in out


# ------------------------------------------------ randomized printer round trip

_OPS = ["||", "&&", "|", "^", "&", "<", "<=", ">", ">=", "==", "!=", "<<", ">>", ".", "+", "-",
        "*", "/", "%"]


def _random_expr(rng, depth: int) -> ir.Expr:
    if depth == 0 or rng.random() < 0.2:
        return rng.choice([
            lambda: I(rng.randint(0, 9)), lambda: I(-rng.randint(1, 9)),
            lambda: S(rng.choice(["a", 'b"c', "x\n", "%d\\"])), lambda: L(rng.choice("abc")),
            lambda: V("g"), lambda: ir.Index("m", [I(rng.randint(0, 3))]),
            lambda: B(rng.choice(["pid", "execname", "cpu", "argstr"])),
            lambda: ir.AggRead("s", [I(1)], rng.choice(["count", "sum", "avg"])),
        ])()
    kind = rng.choice(["bin"] * 5 + ["un", "tern", "in", "inc", "asg", "call"])
    sub = lambda: _random_expr(rng, depth - 1)  # noqa: E731
    if kind == "bin":
        op, lhs, rhs = rng.choice(_OPS), sub(), sub()
        if op in ("<<", ">>") and isinstance(rhs, ir.IntLit) and rhs.value < 0:
            # stap spells the IR's shift by a count outside 0..63 with the count's low
            # six bits (stap itself does not shift by such a count): not a round trip
            rhs = I(-rhs.value)
        return ir.Binary(op, lhs, rhs)
    if kind == "un":
        return ir.Unary(rng.choice("-!~+"), sub())
    if kind == "tern":
        return ir.Ternary(sub(), sub(), sub())
    if kind == "in":
        return ir.InMap([sub() for _ in range(rng.randint(1, 2))], "m")
    target = rng.choice([L("a"), ir.Index("m", [sub()])])
    if kind == "inc":
        return ir.IncDec(target, rng.choice(["++", "--"]), rng.random() < 0.5)
    if kind == "asg":
        return ir.Assign(target, rng.choice(["=", "+=", ".=", "<<="]), sub())
    return ir.Call("strlen", [sub()])


def _random_stmt(rng, depth: int) -> ir.Stmt:
    kind = rng.choice(["e", "e", "if", "ifelse", "block", "next", "p"] if depth else ["e", "next", "p"])
    if kind == "e":
        e = _random_expr(rng, 3)
        if not any(isinstance(x, (ir.Var, ir.Index, ir.InMap, ir.Call, ir.Assign, ir.IncDec))
                   for x in ir.walk(e)):
            # stap's optimizer deletes a statement of literals alone (frontends/stap/deadexpr.py),
            # so it would not parse back: store it instead
            e = ir.Assign(L("a"), "=", e)
        return X(e)
    if kind == "p":
        return ir.Printf("%d %s\n", [_random_expr(rng, 1), _random_expr(rng, 1)])
    if kind == "next":
        return ir.Next()
    if kind == "block":
        return ir.Block([_random_stmt(rng, depth - 1) for _ in range(rng.randint(0, 2))])
    then = _random_stmt(rng, depth - 1)
    if kind == "if":
        return ir.If(_random_expr(rng, 1), then)
    while isinstance(then, ir.If):  # stap cannot write an else-less if right before an else
        then = _random_stmt(rng, depth - 1)
    return ir.If(_random_expr(rng, 1), then, _random_stmt(rng, depth - 1))


@pytest.mark.parametrize("seed", range(4))
def test_printer_roundtrip_random_programs(seed):
    import random
    rng = random.Random(seed)
    for _ in range(150):
        body = [X(ir.Assign(L(v), "=", I(1))) for v in "abc"]
        body += [_random_stmt(rng, 3) for _ in range(4)]
        body += [ir.Printf("%d %d %d\n", [V("g"), ir.Index("m", [I(0)]), ir.AggRead("s", [I(1)], "max")]),
                 ir.AggUpdate("s", [I(1)], "stats", [I(1)])]
        prog = ir.Program("r.stp", "stap", [ir.Global("g", "scalar"), ir.Global("m", "map"),
                                            ir.Global("s", "agg", agg_func="stats")],
                          [ir.Probe([PP("syscall", "read")], ir.Block(body),
                                    predicate=_random_expr(rng, 2) if rng.random() < 0.5 else None)])
        if rng.random() < 0.1:
            prog.probes[0].predicate = ir.Unary("!", ir.Unary("!", V("g")))
        roundtrip(prog)


def test_target_members_lower_to_kernel_members():
    # stap's `->` reads a member (an array member is its address); @cast names the struct.
    e = expr_of('x = $prev->mm->owner').value
    assert isinstance(e, ir.KernelMember) and e.path == ["owner"] and e.decay
    assert isinstance(e.base, ir.KernelMember) and e.base.path == ["mm"]
    assert e.base.base == ir.ProbeArg("prev")
    c = expr_of('x = @cast(task_current(), "task_struct", "kernel")->pid').value
    assert c == ir.KernelMember(ir.KernelCast(B("curthread"), "struct task_struct *"), ["pid"], True)


def test_probe_alias_prologue_epilogue_never_error() -> None:
    """`=` puts the alias body before the user's, `+=` after; never/error are points."""
    prog = parse("probe a = begin { x = 1 }\nprobe a += end { x = 3 }\nprobe a { x = 2 }\n"
                 "probe never { }\nprobe error { }", "t.stp")
    kinds = [[pt.kind for pt in p.points] for p in prog.probes]
    assert kinds == [["begin"], ["end"], ["never"], ["error_end"]]
    begin_vals = [s.expr.value.value for s in prog.probes[0].body.stmts]
    end_vals = [s.expr.value.value for s in prog.probes[1].body.stmts]
    assert begin_vals == [1, 2] and end_vals == [2, 3]


def test_parenthesized_element_is_an_lvalue():
    """`(a[k])--` (pstree.stp) decrements a[k], as stap does."""
    s = stmts("global a\nprobe begin { (a[1])--; ((a[2])) += 3 }")
    assert isinstance(s[0].expr, ir.IncDec) and isinstance(s[0].expr.target, ir.Index)
    assert isinstance(s[1].expr, ir.Assign) and isinstance(s[1].expr.target, ir.Index)


def test_perf_cpu_clock_sample_is_a_per_cpu_timer_and_addr_is_its_pc():
    prog = parse("probe perf.sw.cpu_clock.sample(1003009) { if (!user_mode()) printf(\"%x\\n\", addr()) }\n",
                 "p.stp")
    pt = prog.probes[0].points[0]
    assert (pt.kind, pt.period_ns, pt.per_cpu) == ("timer", 1003009, True)
    assert any(isinstance(x, ir.Builtin) and x.name == "addr" for x in ir.walk(prog.probes[0].body))
    assert "probe perf.sw.cpu_clock.sample(1003009)\n" in print_program(prog)
    with pytest.raises(XtraceError, match=r"addr\(\) is supported in timer, perf"):
        parse("probe syscall.read { printf(\"%x\\n\", addr()) }\n", "a.stp")



@pytest.mark.parametrize("point,ptype,config,sample,printed", [
    ("perf.sw.page_faults", 1, 2, 1_000_000, "perf.sw.page_faults"),
    ("perf.sw.context_switches.sample(1)", 1, 3, 1, "perf.sw.context_switches.sample(1)"),
    ("perf.hw.cpu_cycles.sample(100000)", 0, 0, 100000, "perf.hw.cpu_cycles.sample(100000)"),
    ("perf.hw.ref_cpu_cycles", 0, 9, 1_000_000, "perf.hw.ref_cpu_cycles"),
    ("perf.type(1).config(4)", 1, 4, 1_000_000, "perf.sw.cpu_migrations"),
    ("perf.type(4).config(0x1c2).sample(7)", 4, 0x1c2, 7, "perf.type(4).config(450).sample(7)"),
    # PERF_COUNT_HW_CACHE_LL | OP_WRITE << 8 | RESULT_MISS << 16
    ("perf.hw_cache.ll.write.miss", 3, 0x10102, 1_000_000, "perf.type(3).config(65794)"),
])
def test_perf_points(point, ptype, config, sample, printed):
    prog = parse(f"probe {point}? {{ printf(\"%x %d\\n\", addr(), user_mode()) }}\n", "p.stp")
    pt = prog.probes[0].points[0]
    assert (pt.kind, pt.perf_type, pt.perf_config, pt.sample, pt.optional) == \
        ("perf", ptype, config, sample, True)
    assert f"probe {printed}?\n" in print_program(prog)


def test_perf_cpu_clock_spellings_are_the_per_cpu_timer():
    for point in ("perf.sw.cpu_clock", "perf.type(1).config(0).sample(1000000)"):
        pt = parse(f"probe {point} {{ }}\n", "p.stp").probes[0].points[0]
        assert (pt.kind, pt.period_ns, pt.per_cpu) == ("timer", 1_000_000, True)


@pytest.mark.parametrize("src,col,msg", [
    ("probe perf.sw.page_fault { }", 7, "unknown perf.sw event 'page_fault'"),
    ("probe perf.hw.cycles { }", 7, "unknown perf.hw event 'cycles'"),
    ("probe perf.sw.page_faults.sample(0) { }", 7, "invalid perf sample period 0"),
    ("probe perf.hw.cpu_cycles.process(\"/bin/ls\") { }", 7, "restricted to a process (`.process(...)`)"),
    ("probe perf.type(0).config(0).counter(\"a\") { }", 7, "kept for @perf in process probes (`.counter(...)`)"),
    ("probe perf.sw.page_faults.sample(2).foo { }", 7, "is not supported yet"),
    ("probe perf.sw.page_faults { println(@perf(\"a\")) }", 37, "@perf reads a perf counter"),
])
def test_perf_point_errors(src, col, msg):
    with pytest.raises(XtraceError) as ei:
        parse(src + "\n", "p.stp")
    assert msg in str(ei.value) and ei.value.loc.line == 1 and ei.value.loc.col == col

# ------------------------------------------------ never-assigned locals (stap's warning)

@pytest.mark.parametrize("src,name,line,col,value", [
    ("probe begin {\n  x = y\n}", "y", 2, 7, ir.IntLit(0)),
    ("probe begin { x = argstr }", "argstr", 1, 19, ir.IntLit(0)),
    ("probe begin { x = 1 } probe begin { y = x }", "x", 1, 41, ir.IntLit(0)),
    ('probe begin { x = "a" . s }', "s", 1, 25, ir.StrLit("")),
    ('probe begin { if (s == "a") next }', "s", 1, 19, ir.StrLit("")),
])
def test_never_assigned_local_is_zero_with_a_warning(src, name, line, col, value):
    prog = parse(src, "w.stp")
    body = prog.probes[-1].body.stmts
    first = body[0].expr
    assert isinstance(first, ir.Assign) and first.target.name == name
    assert type(first.value) is type(value) and first.value.value == value.value
    warning = prog.options["warnings"][0]
    assert warning.startswith(f"WARNING: never-assigned local variable '{name}'")
    assert f": identifier '{name}' at w.stp:{line}:{col}\n" in warning


def test_never_assigned_suggestions_are_stap_levenshtein():
    prog = parse("global count\nprobe begin { cnt = 1; print(cout) }", "w.stp")
    assert prog.options["warnings"][0].startswith(
        "WARNING: never-assigned local variable 'cout' (similar: count, cnt): ")


def test_never_assigned_in_a_tapset_alias_probe_is_an_error():
    with pytest.raises(XtraceError) as ei:
        parse("probe signal.send { print(bytes_read) }", "w.stp")
    assert "xtrace's version of tapset alias 'signal.send' does not provide it" in ei.value.message
    assert ei.value.loc == Loc("w.stp", 1, 27)


def test_never_assigned_in_a_vfs_alias_probe_is_stap_s_local():
    # the vfs aliases set stap's variables, all of them (library.py): any other name
    # is a never-assigned local, 0 with stap's warning (the Beginners Guide's
    # `reads[execname()] <<< count`, count not being a vfs.read variable)
    prog = parse("global reads\nprobe vfs.read { reads[execname()] <<< count }", "w.stp")
    warning = prog.options["warnings"][0]
    assert warning.startswith("WARNING: never-assigned local variable 'count'")
    assert ": identifier 'count' at w.stp:2:40\n" in warning


def test_member_pretty_print_is_formatted_by_the_member_type():
    """`$p->m$` (and `@cast(...)->m$`) lowers to a ContextVars of kind "member" that
    analysis formats by the member's type (conformance/stap/member_pretty_print runs it)."""
    from xtrace.ir.contextvars import pretty_member
    from xtrace.ir.types import Type
    prog = parse('probe kernel.function("vfs_read") { println($file->f_pos$) }', "a.stp")
    found = [x for x in ir.walk(prog.probes[0].body.stmts) if isinstance(x, ir.ContextVars)]
    assert found and found[0].kind == "member" and found[0].name == "$file->f_pos"
    v = ir.IntLit(0)
    assert pretty_member(v, Type("int", 64, True), 1, None).fmt == "%i"
    assert pretty_member(v, Type("int", 32, False), 1, None).fmt == "%u"
    assert pretty_member(v, Type("int", 64, False, ctype="struct mm_struct *"), 1, None).fmt == "%#x"
    assert pretty_member(v, Type("int", 64, False, ctype="const unsigned char *"), 1, None).fmt == '"%s"'


def test_struct_pointer_pretty_print_expands_the_struct_from_btf():
    """`$how$` of a `struct open_how *` is stap's one-level expansion, every member
    read from BTF's layout; `$$` goes into nested structs; a NULL pointer is
    "ERROR" (conformance/stap/kfunc_pretty_struct runs them in the kernel)."""
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.prettystruct import struct_pointer
    btf = _translation_target().btf()
    if btf is None:
        pytest.skip("the default target kernel has no BTF")
    e = struct_pointer(btf, ir.IntLit(1), "struct open_how *", False, None)
    assert isinstance(e, ir.Ternary) and e.else_.value == "ERROR"
    assert e.then.fmt == "{.flags=%u, .mode=%u, .resolve=%u}"
    one = struct_pointer(btf, ir.IntLit(1), "struct filename *", False, None).then.fmt
    assert one == '{.name="%s", .uptr="%s", .refcnt={...}, .aname=%#x, .iname=[...]}'
    full = struct_pointer(btf, ir.IntLit(1), "struct filename *", True, None).then.fmt
    assert full == '{.name="%s", .uptr="%s", .refcnt={.counter=%i}, .aname=%#x, .iname="%s"}'
    assert struct_pointer(btf, ir.IntLit(1), "unsigned long *", False, None) is None


def test_a_pathless_process_function_is_the_target_programs():
    """stap resolves process.function("f") without a path against the -c command's
    program (or -x process's): the point is that of D's pid$target::f and Vue's
    @@uft:$__CPID:*:f. Without -c the analysis says what is missing, at the point."""
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    prog = lower('probe process.function("work").return { printf("%d\\n", $return) }\n')
    pp = prog.probes[0].points[0]
    assert (pp.kind, pp.name, pp.binary, pp.pid, pp.is_return) == ("ufunc", "work", "$target", None, True)
    assert 'probe process.function("work").return\n' in roundtrip(prog)
    with pytest.raises(XtraceError, match=r'process.function\("work"\).return: probes of the '
                                          r'target process need -c CMD') as e:
        analyze(prog, _translation_target())
    assert (e.value.loc.line, e.value.loc.col) == (1, 7)
    # the -c command's program is the one probed
    prog.options["target_binary"] = "/usr/bin/python3.11"
    with pytest.raises(XtraceError, match="no function matches 'work' in /usr/bin/python3.11"):
        analyze(prog, _translation_target())


def test_dtrace_framing_reads_back_as_framing():
    """A translated D script's non-quiet framing (ir/framing.py) is the framing again:
    framed probes, not quiet, no flag global; anything else stays statements."""
    framing = ('if (!dtrace_heading) {{ dtrace_heading = 1\n'
               'printf("CPU     ID                    FUNCTION:NAME\\n") }}\n'
               'printf("%3d %6d %32s ", cpu(), {id}, "{name}")\n')
    src = ("global dtrace_heading\n"
           "probe begin {\n" + framing.format(id=1, name=":BEGIN") + 'printf("hi") exit()\nprintf("\\n") }\n'
           "probe end {\n" + framing.format(id=2, name=":END") + 'printf("\\n") }\n')
    prog = lower(src)
    assert prog.options["quiet"] is False and not prog.globals
    assert all(p.framed for p in prog.probes)
    assert [type(s).__name__ for s in prog.probes[0].body.stmts] == ["Printf", "Exit"]
    assert prog.probes[1].body.stmts == []
    # an ID that is not DTrace's for the probe: printfs as written
    prog = lower(src.replace('cpu(), 2, ":END"', 'cpu(), 7, ":END"'))
    assert "quiet" not in prog.options and not any(p.framed for p in prog.probes)
    assert [g.name for g in prog.globals] == ["dtrace_heading"]


def test_unkeyed_statistic_row_is_a_print():
    """`if (@count(s)) printf(fmt, @sum(s))` prints the row of s when it has values:
    a PrintAgg, as a keyed foreach's rows are."""
    prog = lower('global s\nprobe begin { s <<< 3 exit() }\n'
                 'probe end { if (@count(s)) printf(" %16d\\n", @sum(s)) }\n')
    s = prog.probes[1].body.stmts[0]
    assert isinstance(s, ir.PrintAgg) and (s.agg, s.layout, s.fmt, s.value_func) == \
        ("s", "format", " %16d\n", "sum")
    # with an else, or another statistic in the test, it is the if
    prog = lower('global s\nprobe begin { s <<< 3 exit() }\n'
                 'probe end { if (@sum(s)) printf(" %16d\\n", @sum(s)) printf("x") }\n')
    assert isinstance(prog.probes[1].body.stmts[0], ir.If)


def test_errno_idiom_at_a_syscall_return():
    """`retval < 0 ? -retval : 0` after a syscall is the error it returned (D's errno)."""
    prog = lower('probe syscall.close.return { printf("%d\\n", retval < 0 ? -retval : 0) }')
    assert prog.probes[0].body.stmts[0].args[0] == ir.Builtin("errno")
    prog = lower('probe syscall.close.return { printf("%d\\n", retval < 0 ? retval : 0) }')
    assert isinstance(prog.probes[0].body.stmts[0].args[0], ir.Ternary)


def test_begin_end_name_idiom_is_probename():
    """`pp() == "begin" ? "BEGIN" : "END"` in a begin, end probe is D's probename."""
    prog = lower('probe begin, end { log(pp() == "begin" ? "BEGIN" : "END") }')
    assert prog.probes[0].body.stmts[0].args[0] == ir.Builtin("probename")
    prog = lower('probe begin { log(pp() == "begin" ? "BEGIN" : "END") }')
    assert isinstance(prog.probes[0].body.stmts[0].args[0], ir.Ternary)


def test_tapset_functions_no_kept_code_calls_are_left_out():
    """vfs's helpers (errno_str for error_str, the bdev name for devname, the iovec
    sum for readv) are compiled only when a variable the probe reads needs them."""
    names = {f.name for f in parse("probe vfs.read { print(bytes_to_read) }", "t.stp").functions}
    assert not names & {"errno_str", "errno_p", "__xt_bdevname", "__xt_fopv_size"}
    names = {f.name for f in parse("probe vfs.read.return { print(error_str) }", "t.stp").functions}
    assert "errno_str" in names and "__xt_bdevname" not in names
    own = parse("function unused() { return 1 } probe vfs.read { print(devname) }", "t.stp")
    assert {"unused", "__xt_bdevname"} <= {f.name for f in own.functions}  # the script's own stays


def test_return_probe_saves_only_the_entry_values_read():
    """vfs.read.return's alias reads $file, $pos, $buf, $count at entry for its variables;
    those nothing reads are neither saved at entry nor freed at return."""
    prog = parse("probe vfs.read.return { print(ret) }", "t.stp")
    assert len(prog.probes) == 1  # no entry side
    prog = parse("probe vfs.read.return { print(bytes_to_read) }", "t.stp")
    entry = [p for p in prog.probes if not p.points[0].is_return]
    saves = [s.expr.target.name for s in entry[0].body.stmts]
    assert len(saves) == 1


@pytest.mark.parametrize("src", [
    # a global only a %s prints before anything stores into it (thread-business.stp's history)
    'global h\nprobe begin { s = sprintf("%s", h["k"]); h["k"] = s; println(h["k"]) }\n',
    'global h\nprobe begin { printf("[%s]\\n", h) }\n',
])
def test_a_global_printed_by_percent_s_is_a_string(src):
    """stap's type resolution reads a print format's conversions: a global nothing
    else types is a string where a %s prints it."""
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    prog = lower(src)
    analyze(prog, _translation_target())
    assert next(g for g in prog.globals if g.name == "h").type.is_str


def test_a_number_printed_by_percent_s_is_still_an_error():
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    prog = lower('global h\nprobe begin { printf("%s\\n", h); h = 5 }\n')
    with pytest.raises(XtraceError, match="%s is given a int64"):
        analyze(prog, _translation_target())


def test_entry_operand_reads_the_parameters_at_entry():
    """`@entry(user_string($filename))` in a .return probe: the entry probe computes
    the operand from the parameter itself; it read the thread-local the .return's
    own save of $filename fills, which nothing set at entry (so user_string(0))."""
    prog = parse('probe syscall.openat.return { if (pid() == target()) '
                 'printf("%s %d\\n", @entry(user_string($filename)), $return) }\n', "t.stp")
    entry = next(p for p in prog.probes if not p.points[0].is_return)
    saves = [x for x in ir.walk(entry.body) if isinstance(x, ir.Assign)]
    assert len(saves) == 1, saves
    assert not any(isinstance(x, ir.Var) and x.scope == "thread" for x in ir.walk(saves[0].value))


def test_entry_saves_only_for_the_threads_the_return_tests():
    """The .return's test of who returns (pid() == target(), which a call cannot
    change) guards the entry save too, so no other thread's slot stays filled; a
    test of something a call can change (a uid, after setuid) does not."""
    prog = parse('probe kernel.function("ksys_lseek").return { if (pid() == target()) '
                 'printf("%d\\n", $offset) }\n', "t.stp")
    entry = next(p for p in prog.probes if not p.points[0].is_return)
    ret = next(p for p in prog.probes if p.points[0].is_return)
    assert entry.predicate == ret.predicate and entry.predicate is not None
    prog = parse('probe kernel.function("ksys_lseek").return { if (uid() == 0) '
                 'printf("%d\\n", $offset) }\n', "t.stp")
    entry = next(p for p in prog.probes if not p.points[0].is_return)
    assert entry.predicate is None
