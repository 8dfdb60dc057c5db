"""The Vue (AIX ProbeVue) frontend: parse + lower, rejects, and the IR -> Vue printer."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.frontends.vue import parse, print_program
from xtrace.frontends.vue.printer import walk
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT32, INT64, STRING, UINT32, UINT64, Type

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def lower(src: str) -> ir.Program:
    return parse(src, "t.e")


def stmts(src: str) -> list[ir.Stmt]:
    """The statements of the first clause."""
    return lower(src).probes[0].body.stmts


def first_expr(body: str, decls: str = "") -> ir.Expr:
    """The expression of the first statement of `@@BEGIN { body }`."""
    s = stmts(f"{decls}\n@@BEGIN {{ {body} }}")[0]
    assert isinstance(s, ir.ExprStmt)
    return s.expr


# IR shorthands
def V(name: str, scope: str = "global") -> ir.Var:
    return ir.Var(name, scope)


def I(value: int) -> ir.IntLit:
    return ir.IntLit(value)


def B(name: str) -> ir.Builtin:
    return ir.Builtin(name)


def X(e: ir.Expr) -> ir.ExprStmt:
    return ir.ExprStmt(e)


# ------------------------------------------------------------------ the seed script


def test_seed_script_sync_e():
    src = (EXAMPLES / "sync.e").read_text()
    prog = parse(src, "sync.e")
    want = ir.Program("sync.e", "vue", [], [
        ir.Probe([ir.ProbePoint("syscall", "sync")], ir.Block([
            ir.Printf("sync() syscall invoked by process ID %d\n", [B("pid")]),
            ir.Exit(),
        ])),
    ])
    assert prog == want
    probe = prog.probes[0]
    assert probe.points[0].spelling == "@@syscall:*:sync:entry"
    assert probe.points[0].loc == Loc("sync.e", 1, 1)
    assert probe.body.stmts[0].loc == Loc("sync.e", 3, 5)
    assert probe.body.stmts[0].args[0].loc == Loc("sync.e", 3, 57)
    assert probe.body.stmts[1].loc == Loc("sync.e", 4, 5)


def test_seed_script_through_frontends_dispatch():
    assert frontends.lang_for("sync.e") == "vue"
    prog = frontends.parse((EXAMPLES / "sync.e").read_text(), "sync.e", "vue")
    assert prog.lang == "vue" and prog.source.startswith("@@syscall")


# ------------------------------------------------------------------ probe points


@pytest.mark.parametrize("tuple_, point, pred", [
    ("@@syscall:*:read:entry", ir.ProbePoint("syscall", "read"), None),
    ("@@syscall:*:read:exit", ir.ProbePoint("syscall", "read", is_return=True), None),
    ("@@syscall:1234:read:exit", ir.ProbePoint("syscall", "read", is_return=True),
     ir.Binary("==", B("pid"), I(1234))),
    ("@@syscall:*:exit:entry", ir.ProbePoint("syscall", "exit_group"), None),
    ("@@syscall:$__CPID:sync:entry", ir.ProbePoint("syscall", "sync"),
     ir.Binary("==", B("pid"), B("target"))),
    # glibc's send()/recv() are the sendto/recvfrom system calls
    ("@@syscall:*:send:entry", ir.ProbePoint("syscall", "sendto"), None),
    ("@@syscall:*:recv:exit", ir.ProbePoint("syscall", "recvfrom", is_return=True), None),
    ("@@syscallx:*:kread:entry", ir.ProbePoint("syscall", "read"), None),
    ("@@syscallx:*:*:entry", ir.ProbePoint("syscall", "*"), None),
    ("@@syscallx:744:*:exit", ir.ProbePoint("syscall", "*", is_return=True),
     ir.Binary("==", B("pid"), I(744))),
    ("@@BEGIN", ir.ProbePoint("begin"), None),
    ("@@END", ir.ProbePoint("end"), None),
    ("@@interval:*:clock:500", ir.ProbePoint("timer", period_ns=500_000_000), None),
    ("@@sysproc:execpass:*", ir.ProbePoint("tracepoint", "sched:sched_process_exec"), None),
    ("@@sysproc:exit:42", ir.ProbePoint("tracepoint", "sched:sched_process_exit"),
     ir.Binary("&&", ir.Binary("==", B("tid"), B("pid")), ir.Binary("==", B("pid"), I(42)))),
    ("@@sysproc:sendsig:$__CPID", ir.ProbePoint("tracepoint", "signal:signal_generate"),
     ir.Binary("==", ir.KernelMember(ir.ProbeArg("task"), ["tgid"]), B("target"))),
    ("@@interval:*:clock:100:*", ir.ProbePoint("timer", period_ns=100_000_000, per_cpu=True), None),
    ("@@io:disk:iostart:*:*", ir.ProbePoint("tracepoint", "block:block_rq_issue"), None),
    ("@@io:bdev:iodone:*:*", ir.ProbePoint("tracepoint", "block:block_rq_complete"), None),
])
def test_probe_tuples(tuple_, point, pred):
    probe = lower(f"{tuple_}\n{{ }}").probes[0]
    assert probe.points == [point]
    assert probe.predicate == pred
    assert probe.points[0].spelling == tuple_


def test_uft_archive_members_are_the_linux_shared_object(tmp_path, monkeypatch):
    """AIX's `libc.a(shr_64.o)` and `libc.a` (IBM's uft page) name libc's .so file;
    the linker script libc.so is not ELF and is skipped; the fewest-parts soname wins."""
    from xtrace.frontends.vue import uftlibs
    (tmp_path / "libfoo.so").write_text("/* GNU ld script */\n")
    (tmp_path / "libfoo.so.6").write_bytes(b"\x7fELF" + bytes(60))
    (tmp_path / "libfoo.so.6.0.1").write_bytes(b"\x7fELF" + bytes(60))
    dirs = (str(tmp_path / "missing"), str(tmp_path))
    for name in ("libfoo.a(shr_64.o)", "libfoo.a", "libfoo.so.6"):
        assert uftlibs.find_library(name, dirs) == str(tmp_path / "libfoo.so.6")
    assert uftlibs.find_library("libbar.a(shr.o)", dirs) is None
    assert not uftlibs.is_library_name("/lib/x86_64-linux-gnu/libc.so.6")
    monkeypatch.setattr(uftlibs, "LIB_DIRS", dirs)
    monkeypatch.setattr(uftlibs.find_library, "__defaults__", (dirs,))
    point = lower("@@uft:$__CPID:libfoo.a(shr_64.o):foo:entry\n{ }").probes[0].points[0]
    assert point.binary == str(tmp_path / "libfoo.so.6") and point.name == "foo"
    # an AIX path to the archive names the same library
    point = lower("@@uft:$__CPID:/usr/lib/libfoo.a(shr_64.o):foo:entry\n{ }").probes[0].points[0]
    assert point.binary == str(tmp_path / "libfoo.so.6")


def test_several_tuples_and_when():
    probe = lower("@@syscall:*:read:entry, @@syscall:*:write:entry\nwhen (__pid == 400)\n{ }").probes[0]
    assert [p.name for p in probe.points] == ["read", "write"]
    assert probe.predicate == ir.Binary("==", B("pid"), I(400))


def test_pid_field_joins_the_predicate():
    probe = lower("@@syscall:42:read:entry when (__uid == 0) { }").probes[0]
    assert probe.predicate == ir.Binary("&&", ir.Binary("==", B("pid"), I(42)),
                                        ir.Binary("==", B("uid"), I(0)))
    assert probe.predicate.lhs.loc == Loc("t.e", 1, 11)


def test_tuples_for_different_processes_become_separate_probes():
    prog = lower("@@syscall:1:read:entry, @@syscall:2:read:entry, @@syscall:1:write:entry { x = 1; }")
    assert [[p.name for p in pr.points] for pr in prog.probes] == [["read", "write"], ["read"]]
    assert [pr.predicate.rhs.value for pr in prog.probes] == [1, 2]
    assert prog.probes[0].body == prog.probes[1].body
    assert prog.probes[0].body is not prog.probes[1].body


# ------------------------------------------------------------------ accepted snippets

ACCEPT = [
    # builtins
    ("__pid; __tid; __ppid; __uid; __euid; __pname;",
     [X(B(n)) for n in ("pid", "tid", "ppid", "uid", "euid", "execname")]),
    ("__curproc->ppid;", [X(B("ppid"))]),
    ("timestamp(); get_function(); get_probe();", [X(B("timestamp")), X(B("probefunc")), X(B("pp"))]),
    # literals
    ("x = 0x1f + 010 + 7UL + 'A';",
     [X(ir.Assign(V("x"), "=", ir.Binary("+", ir.Binary("+", ir.Binary("+", I(31), I(8)), I(7)), I(65))))]),
    ('printf("a\\tb\\\\c\\"d\\n\\101\\x42");', [ir.Printf('a\tb\\c"d\nAB', [])]),
    ('printf("%s-" "%d\\n", __pname, __pid);', [ir.Printf("%s-%d\n", [B("execname"), B("pid")])]),
    ('eprintf("e %d\\n", __pid);', [ir.Printf("e %d\n", [B("pid")], stderr=True)]),
    ("x = $__CPID;", [X(ir.Assign(V("x"), "=", B("target")))]),
    # $__CTID: the -X program's thread, whose id is its pid on Linux
    ("x = $__CTID;", [X(ir.Assign(V("x"), "=", B("target")))]),
    ("stktrace(PRINT_SYMBOLS, -1); stktrace(0, 2);", [ir.PrintStack("vue"), ir.PrintStack("vue_raw", 2)]),
    ("a[1] = 2; print(a); quantize(a); lquantize(a);",
     [X(ir.Assign(ir.Index("a", [I(1)]), "=", I(2))), ir.PrintVar("a", "vue"),
      ir.PrintVar("a", "vue_quantize"), ir.PrintVar("a", "vue_lquantize")]),
    # precedence, unary, ternary
    ("x = 1 + 2 * 3 - -4;",
     [X(ir.Assign(V("x"), "=", ir.Binary("-", ir.Binary("+", I(1), ir.Binary("*", I(2), I(3))),
                                            I(-4))))]),
    ("x = (1 + 2) << 3 & ~4 | 5 ^ 6;",
     [X(ir.Assign(V("x"), "=", ir.Binary("|", ir.Binary("&", ir.Binary("<<", ir.Binary("+", I(1), I(2)), I(3)),
                                                          ir.Unary("~", I(4))),
                                            ir.Binary("^", I(5), I(6)))))]),
    ("x = !(__pid > 1 && __pid <= 9 || __pid != 3);",
     [X(ir.Assign(V("x"), "=", ir.Unary("!", ir.Binary("||", ir.Binary("&&", ir.Binary(">", B("pid"), I(1)),
                                                                          ir.Binary("<=", B("pid"), I(9))),
                                                            ir.Binary("!=", B("pid"), I(3))))))]),
    ("x = __pid > 1 ? 2 : __pid < 0 ? 3 : 4;",
     [X(ir.Assign(V("x"), "=", ir.Ternary(ir.Binary(">", B("pid"), I(1)), I(2),
                                          ir.Ternary(ir.Binary("<", B("pid"), I(0)), I(3), I(4)))))]),
    ("x = y = 2;", [X(ir.Assign(V("x"), "=", ir.Assign(V("y"), "=", I(2))))]),
    # assignments, ++/--
    ("x = 1; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 1;",
     [X(ir.Assign(V("x"), op, I(n))) for op, n in
      [("=", 1), ("+=", 2), ("-=", 1), ("*=", 3), ("/=", 2), ("%=", 5), ("<<=", 1), (">>=", 1),
       ("&=", 7), ("|=", 8), ("^=", 1)]]),
    ("x++; ++x; x--; --x;",
     [X(ir.IncDec(V("x"), "++", False)), X(ir.IncDec(V("x"), "++", True)),
      X(ir.IncDec(V("x"), "--", False)), X(ir.IncDec(V("x"), "--", True))]),
    # if / else / blocks / empty statements
    ("if (__pid == 1) x = 1; else if (__pid == 2) { x = 2; } else ;",
     [ir.If(ir.Binary("==", B("pid"), I(1)), X(ir.Assign(V("x"), "=", I(1))),
            ir.If(ir.Binary("==", B("pid"), I(2)), ir.Block([X(ir.Assign(V("x"), "=", I(2)))]), ir.Block([])))]),
    ("{ x = 1; } ; exit();", [ir.Block([X(ir.Assign(V("x"), "=", I(1)))]), ir.Exit()]),
    # casts and sizeof
    ("x = (long long) __pid + (unsigned int) __arg1;",
     [X(ir.Assign(V("x"), "=", ir.Binary("+", B("pid"), ir.Cast(Type("int", 32, False), B("arg0")))))]),
    ("x = (signed char) __arg2;", [X(ir.Assign(V("x"), "=", ir.Cast(Type("int", 8, True), B("arg1"))))]),
    # plain char is unsigned in Vue
    ("x = (char) __arg2;", [X(ir.Assign(V("x"), "=", ir.Cast(Type("int", 8, False), B("arg1"))))]),
    ("x = sizeof(int) + sizeof(long long) + sizeof(char *);",
     [X(ir.Assign(V("x"), "=", ir.Binary("+", ir.Binary("+", I(4), I(8)), I(8))))]),
    # strings: '+' concatenates
    ('s = __pname + "!"; s += "?";',
     [X(ir.Assign(V("s"), "=", ir.Binary(".", B("execname"), ir.StrLit("!")))),
      X(ir.Assign(V("s"), ".=", ir.StrLit("?")))]),
    # user memory
    ("s = get_userstring(__arg1, -1);", [X(ir.Assign(V("s"), "=", ir.Call("user_string", [B("arg0")])))]),
    # time
    ("t = timestamp(); d = diff_time(t, timestamp(), MICROSECONDS);",
     [X(ir.Assign(V("t"), "=", B("timestamp"))),
      X(ir.Assign(V("d"), "=", ir.Binary("/", ir.Binary("-", B("timestamp"), V("t")), I(1000))))]),
    # associative arrays: one bracket per key
    ("a[__pname]++; b[__pid][__pname] = __tid; x = b[1][\"sh\"]; delete(a, \"ksh\"); clear(b);",
     [X(ir.IncDec(ir.Index("a", [B("execname")]), "++", False)),
      X(ir.Assign(ir.Index("b", [B("pid"), B("execname")]), "=", B("tid"))),
      X(ir.Assign(V("x"), "=", ir.Index("b", [I(1), ir.StrLit("sh")]))),
      ir.Delete("a", [ir.StrLit("ksh")]), ir.Delete("b", None)]),
    # lists = aggregations
    ("append(lat[__pname], __arg3); x = count(lat[\"ksh\"]) + avg(lat[\"ksh\"]);",
     [ir.AggUpdate("lat", [B("execname")], "stats", [B("arg2")]),
      X(ir.Assign(V("x"), "=", ir.Binary("+", ir.AggRead("lat", [ir.StrLit("ksh")], "count"),
                                          ir.AggRead("lat", [ir.StrLit("ksh")], "avg"))))]),
    # `global:` / `thread:` / `auto:` name the class at first use
    ("global:g = 5; thread:t = 1; auto:a = 2;",
     [X(ir.Assign(V("g"), "=", I(5))), X(ir.Assign(V("t", "thread"), "=", I(1))),
      X(ir.Assign(V("a", "local"), "=", I(2)))]),
]


@pytest.mark.parametrize("body, want", ACCEPT, ids=[a[0][:40] for a in ACCEPT])
def test_accept(body, want):
    assert stmts(f"@@BEGIN\n{{\n{body}\n}}") == want


def test_return_ends_the_action_block():
    """Vue's `return;` leaves the action block at once: the IR's Next."""
    assert stmts("@@BEGIN\n{\nif (__pid == 1) return; x = 1;\n}") == [
        ir.If(ir.Binary("==", B("pid"), I(1)), ir.Next(), None), X(ir.Assign(V("x"), "=", I(1)))]


def test_declarations_and_classes():
    prog = lower("""#!/usr/bin/probevue
__global int x;
long long big;
unsigned short us;
String name[40];
__thread int depth;
__list lat;
probev_timestamp_t start;
char *p;
int read(int fd, char *buf, unsigned long n);
void *mmap(void *, unsigned long, int, int, int, unsigned long);
@@syscall:*:read:entry
{
    __auto int n;
    __auto String s[16];
    __auto untyped;
    int m;
    n = 1; s = "a"; untyped = 2; depth++; m = x + big + us + start + p;
    name = s + name;
    append(lat, n);
}
""")
    assert [(g.name, g.kind, g.type) for g in prog.globals] == [
        ("x", "scalar", INT32), ("big", "scalar", INT64), ("us", "scalar", ir.Type("int", 16, False)),
        ("name", "scalar", STRING), ("lat", "agg", None), ("start", "scalar", INT64),
        ("p", "scalar", UINT64), ("m", "scalar", INT32)]
    assert prog.global_named("lat").agg_func == "stats"
    body = prog.probes[0].body.stmts
    assert body[0] == X(ir.Assign(V("n", "local"), "=", I(1)))
    assert body[1] == X(ir.Assign(V("s", "local"), "=", ir.StrLit("a")))
    assert body[2] == X(ir.Assign(V("untyped", "local"), "=", I(2)))
    # depth is a C int: ++ wraps at 32 bits, as `depth = (int)(depth + 1)`
    inc = body[3].expr
    assert isinstance(inc, ir.Assign) and inc.target == V("depth", "thread") and inc.op == "="
    assert body[5] == X(ir.Assign(V("name"), "=", ir.Binary(".", V("s", "local"), V("name"))))
    assert body[6] == ir.AggUpdate("lat", [], "stats", [V("n", "local")])


def test_untyped_auto_takes_its_type_from_the_first_assignment():
    body = stmts('@@BEGIN { __auto s; __thread t; s = "a"; t = s + 1; }')
    assert body[1] == X(ir.Assign(V("t", "thread"), "=", ir.Binary(".", V("s", "local"), I(1))))


def test_unsigned_and_signed_words():
    prog = lower("unsigned u; signed s; unsigned long long ull; signed char sc; unsigned char uc;\n@@BEGIN { }")
    assert [g.type for g in prog.globals] == [UINT32, INT32, UINT64, ir.Type("int", 8, True),
                                              ir.Type("int", 8, False)]


def test_undeclared_variables_are_global_and_ordered_after_declared_ones():
    prog = lower("@@BEGIN { z = 1; } @@END { int m; m = z; }")
    assert [(g.name, g.kind) for g in prog.globals] == [("m", "scalar"), ("z", "scalar")]


def test_list_reset_and_scalar_list_reads():
    # (a first `l = list()` in @@BEGIN, before any append, does nothing: listprints.py)
    prog = lower("__list l;\n@@BEGIN { append(l, 1); l = list(); }\n"
                 "@@END { printf(\"%d %d\\n\", sum(l), max(l)); }")
    assert prog.probes[0].body.stmts[1:] == [ir.Delete("l", None)]
    assert prog.probes[1].body.stmts[0].args == [ir.AggRead("l", [], "sum"), ir.AggRead("l", [], "max")]


def test_comments_are_carried():
    prog = lower("""/* header */
// the probe
@@BEGIN
{
    /* first */
    x = 1;
    // last
}
""")
    probe = prog.probes[0]
    assert probe.comments == ["header", "the probe"]
    assert probe.body.stmts == [ir.Comment("first"), X(ir.Assign(V("x"), "=", I(1))), ir.Comment("last")]


def test_hash_lines_are_ignored():
    prog = lower("#!/usr/bin/probevue\n@@BEGIN\n{\n#  printf(\"off\\n\");\n   # indented too\n x = 1;\n}\n")
    assert prog.probes[0].body.stmts == [X(ir.Assign(V("x"), "=", I(1)))]


def test_locations():
    prog = lower("@@BEGIN\n{\n    x = 1 +\n        __pid;\n}\n")
    assign = prog.probes[0].body.stmts[0].expr
    assert assign.loc == Loc("t.e", 3, 5)
    assert assign.value.loc == Loc("t.e", 3, 9)
    assert assign.value.rhs.loc == Loc("t.e", 4, 9)
    assert prog.global_named("x").loc == Loc("t.e", 3, 5)


# ------------------------------------------------------------------ rejects

REJECT = [
    ("@@BEGIN\n{\n    while (1) { x = 1; }\n}\n", 3, 5, "Vue has no loops"),
    ("@@BEGIN { for (;;) ; }", 1, 11, "Vue has no loops"),
    ("@@BEGIN {\n  do { } while (1);\n}", 2, 3, "Vue has no loops"),
    ("@@BEGIN { break; }", 1, 11, "'break' is not part of Vue"),
    ("@@BEGIN { return 1; }", 1, 18, "return takes no value"),
    ("@@BEGIN { x = 1 }", 1, 17, "syntax error"),
    ("@@sysproc:*:exec:entry { }", 1, 1, "3 fields"),
    ("@@sysproc:threadexcept:* { }", 1, 11, "nearest Linux probe is the exceptions:page_fault_user"),
    ("@@sysproc:bogus:* { }", 1, 11, "unknown sysproc event 'bogus'"),
    ("@@sysproc:exit:* { x = __sigsendinfo->signo; }", 1, 24, "only in a @@sysproc:sendsig clause"),
    ("@@sysproc:sendsig:* { x = __sigsendinfo->pid; }", 1, 27, "__sigsendinfo->pid is not supported"),
    ("@@systrace:* { }", 1, 1, "AIX-only"),
    ("@@syscall:$__CTID:read:entry { }", 1, 11, "'$__CTID' is the -X program's thread ID"),
    ("@@syscall:*:kread:entry { }", 1, 13, "'kread' is an AIX kernel entry point: @@syscall takes "
     "the C library's name ('read'), @@syscallx the kernel's"),
    ('@@BEGIN { printf("%d", __k:lbolt); }', 1, 24, "declare it first (__kernel TYPE lbolt;)"),
    ("__kernel long long lbolt;\n@@BEGIN { lbolt = 1; }", 2, 11, "kernel variables are read-only"),
    ('@@BEGIN { printf("%d", __k:max_threads); }', 1, 24, "declare it first (__kernel TYPE max_threads;)"),
    ("__kernel int max_threads;\n@@BEGIN { max_threads = 1; }", 2, 11, "kernel variables are read-only"),
    ("__kernel int max_threads;\n@@BEGIN { max_threads++; }", 2, 11, "kernel variables are read-only"),
    ("__kernel int max_threads;\n@@syscall:*:read:entry when (max_threads > 1) { }", 2, 30,
     "cannot be used in a predicate"),
    ("__kernel String s[8];\n@@BEGIN { }", 1, 17, "kernel variables are integers or pointers"),
    ("@@BEGIN { ptree(1); }", 1, 11, "cannot be used in @@BEGIN or @@END"),
    ('@@syscall:*:sync:entry { set_date_format("%d"); }', 1, 26, "only in the @@BEGIN clause"),
    ('@@BEGIN { set_date_format("%Q"); }', 1, 27, "'%Q' is not a strftime conversion"),
    ('@@BEGIN { printf("%Y", 1); }', 1, 18, "'%Y' is not a Vue printf conversion"),
    ("range_t T;\n@@BEGIN { qrange(a[1], T, 5); }", 2, 24, "range 'T' has no slots yet"),
    ("range_t T;\n@@END { set_range(T, LINEAR, 0, 10, 1); }", 2, 9, "only in the @@BEGIN clause"),
    ("range_t T;\n@@BEGIN { set_range(T, LINEAR, 0, 15, 10); }", 2, 11, "whole number of steps"),
    ("range_t T;\n@@BEGIN { set_range(T, POWER, 10); }", 2, 11, "the only power one"),
    ("range_t T;\n@@BEGIN { set_range(T, LOG, 2); }", 2, 24, "'LOG' is not LINEAR or POWER"),
    ("range_t T;\n@@BEGIN { set_range(T, POWER, 2); add_range(T, \"a\"); }", 2, 35,
     "add_range() adds string slots"),
    ("range_t T;\n@@BEGIN { add_range(T, \"a\"); qrange(a[1], T, 5); }", 2, 46, "takes a string value"),
    ("range_t T;\n@@BEGIN { set_range(T, POWER, 2); qrange(a[1], T, \"x\"); }", 2, 51,
     "takes an integer value"),
    ("range_t T;\n@@BEGIN { set_range(T, POWER, 2); qrange(a, T, 1); }", 2, 42, "an element of an associative"),
    ("range_t T;\n@@BEGIN { set_range(T, POWER, 2); qrange(a[1], U, 1); }", 2, 48, "'U' is not a range_t"),
    ("range_t T;\n@@BEGIN { set_range(T, POWER, 2); qrange(a[1], T, 1); quantize(a); }", 2, 55,
     "they print with print()"),
    ("@@BEGIN { __auto range_t T; }", 1, 11, "range_t variables are global"),
    ("@@uft:$__CPID:*:exit:entry { print_args(); }", 1, 30, "'exit' has none: declare it"),
    ("int read(int, char *, long);\n@@syscall:*:read:exit { print_args(); }", 2, 25, "entry probes only"),
    ("@@BEGIN { print_args(); }", 1, 11, "@@syscall, @@syscallx and @@uft entry clauses only"),
    ("@@syscall:*:read:entry { x = round_trip_time(__arg1); }", 1, 30, "struct tcp_sock's srtt_us"),
    ("@@BEGIN { convert_ip4_addr(1); }", 1, 11, "ip_addr_t values"),
    ("@@uft:$__CPID:*:/^a(/:entry { }", 1, 17, "bad regular expression for the function name"),
    ("@@uft:$__CPID:libaixonly.a(shr.o):foo:entry { }", 1, 15,
     "the library 'libaixonly.a(shr.o)' has no Linux shared object"),
    ("@@uft:$__CPID:lib/x.so:foo:entry { }", 1, 15, "give the library as an absolute path"),
    ("int read(int, char *, long);\n@@syscall:*:read:entry { print_args(1); }", 2, 26, "takes 0 argument"),
    ("@@syscall:*:sync:entry { ptree(9); }", 1, 32, "ptree() takes -1 (every level) or a depth from 0 to 8"),
    ("@@syscall:*:sync:entry { ptree(); }", 1, 26, "ptree() takes 1 argument"),
    ("@@syscall:*:sync:entry { x = ptree(1); }", 1, 30, "ptree"),
    ("@@syscall:*:read:entry { x = __curthread->lockcount; }", 1, 30, "does not count the kernel locks"),
    ("@@syscall:*:read:entry { x = __curproc->cwd; }", 1, 30, "__curproc->cwd is not supported"),
    ("@@io:lvm:entry:read:* { }", 1, 6, "nearest Linux probe is the block:block_bio_remap"),
    ("@@io:jfs2:read:entry:* { }", 1, 6, "ext4:* or xfs:*"),
    ("@@io:disk:iostart:read:hdisk0 { }", 1, 24, "AIX device name 'hdisk0' does not exist on Linux"),
    ("@@io:disk:queued:read:* { }", 1, 11, "unknown disk io event 'queued'"),
    ("@@io:disk:iostart:trim:* { }", 1, 19, "read, write or '*'"),
    ("@@io:disk:iostart:* { }", 1, 1, "5 fields"),
    ("@@io:disk:iodone:*:* { x = __iopath->path_id; }", 1, 28, "'__iopath' (AIX I/O stack state)"),
    ("@@io:disk:iodone:*:* { x = __iobuf->child_bufid; }", 1, 28, "__iobuf->child_bufid has no Linux"),
    ("@@io:disk:iodone:*:* { x = __diskinfo->cmds_out; }", 1, 28, "counting iostart minus iodone"),
    ("@@syscall:*:read:entry { x = __iobuf->bcount; }", 1, 30, "only in a clause whose probes are all @@io"),
    ("@@io:disk:entry:*:*, @@io:disk:iodone:*:* { x = __iobuf->bcount; }", 1, 49, "read differently at entry and iodone"),
    ('@@net:bpf:en0:tcp:"port 80" { }', 1, 7, "nearest Linux probes are the net:net_dev_xmit"),
    ("@@net:udp:sock_recv_buf_overflow { }", 1, 11, "udp:udp_fail_queue_rcv_skb"),
    ("@@net:tcp:bogus { }", 1, 11, "unknown net event 'tcp:bogus'"),
    ("@@net:tcp:state_change { x = __proto_info->local_addr; }", 1, 30, "%I (IP addresses)"),
    ("@@bogus:*:x:entry { }", 1, 1, "unknown probe manager"),
    ("@@syscall:*:read:middle { }", 1, 18, "'entry' or 'exit'"),
    ("@@syscall:*:read { }", 1, 1, "4 fields"),
    # (`$1` is a translation's kept argument: tests/test_translate_macro_args.py)
    ("@@syscall:$PID:read:entry { }", 1, 11, "script arguments"),
    ("@@interval:$1:clock:100 { }", 1, 12, "script arguments"),
    ("@@interval:*:clock:0 { }", 1, 20, "milliseconds"),
    ("@@interval:*:clock:100:20-10 { }", 1, 24, "ends before it starts"),
    ("@@interval:*:clock:100:1/2 { }", 1, 24, "expected CPU ids"),
    ("@@interval:*:clock:100:x { }", 1, 24, "expected CPU ids"),
    ("@@syscall:*:read:entry { x = __curthread->threadstate; }", 1, 30, "AIX thread states"),
    ("@@BEGIN { int i; i = 1; trace(i * 2); }", 1, 31, "takes a variable, not an expression"),
    ("@@BEGIN { trace(__pid); }", 1, 17, "is a built-in value"),
    ("@@BEGIN { double d; d = 1.5; trace(d); }", 1, 36, "cannot copy a floating-point"),
    ("@@BEGIN:x { }", 1, 9, "no fields"),
    ('@@BEGIN { printf("\\q"); }', 1, 19, "unknown escape"),
    ("@@BEGIN { printf(fmt); }", 1, 11, "string literal format"),
    ("@@syscall:*:read:entry, @@syscall:*:write:entry\n{ x = __arg1; }", 2, 7, "single probe point"),
    ("@@BEGIN { printf(\"%d\\n\", y); }", 1, 26, "'y' is never declared or assigned"),
    ("@@BEGIN { x = 1; int y; }", 1, 18, "before the statements"),
    ("@@BEGIN { if (1) { int y; } }", 1, 20, "nested block"),
    ("@@BEGIN { __pid = 3; }", 1, 11, "cannot be modified"),
    ("@@BEGIN { x = 1.5; }", 1, 15, "floating-point"),
    ("int a[];\n@@BEGIN { }", 1, 5, "associative arrays are not declared"),
    ("int a[4];\n@@BEGIN { }", 1, 5, "C arrays"),
    ("int x = 3;\n@@BEGIN { }", 1, 5, "cannot initialize"),
    ("__auto int x;\n@@BEGIN { }", 1, 1, "belong to one clause"),
    ("@@BEGIN { }\nint late;", 2, 1, "before the first clause"),
    ("@@BEGIN { a[1] = 2; a[1][2] = 3; }", 1, 21, "2 key(s) here but 1"),
    ("int s;\n@@BEGIN { s[1] = 2; }", 2, 11, "not an associative array"),
    ("@@BEGIN { a[1] = 2; x = a; }", 1, 25, "use it with a key"),
    ("@@BEGIN { print(a); }", 1, 17, "not an associative array used before"),
    ("@@BEGIN { x = 1; print(x); }", 1, 24, "'x' is not one"),
    ("@@BEGIN { append(l[1], 2); quantize(l); }", 1, 37, "an associative array of lists prints with print()"),
    ("@@BEGIN { l = list(); append(l, 2); print(l); }", 1, 43, "'l' is a list: read it with count()"),
    ("@@BEGIN { a[1] = 2; print(a, 0, USE_LIST_SUM); }", 1, 33, "applies to associative arrays of lists only"),
    ("@@BEGIN { a[1] = 2; x = print(a); }", 1, 25, "no value"),
    ("@@BEGIN { foo(1); }", 1, 11, "unknown function 'foo'"),
    ("@@BEGIN { stktrace(PRINT_SYMBOLS|GET_ALL_MSTS, -1); }", 1, 20, "GET_ALL_MSTS is not supported"),
    ("@@BEGIN { stktrace(PRINT_SYMBOLS, 0); }", 1, 35, "positive number of frames"),
    ("@@BEGIN { stktrace(7, -1); }", 1, 20, "0, PRINT_SYMBOLS and GET_USER_TRACE"),
    ("@@BEGIN { x = __curproc->bogus; }", 1, 15, "member access"),
    ("@@BEGIN { x = __r3; }", 1, 15, "nearest are __arg1 .. __arg6"),
    ("@@BEGIN { x = __arg7; }", 1, 15, "are read in @@uft clauses only"),
    ("@@syscall:*:read:entry { x = __arg7; }", 1, 30, "at most six arguments"),
    ("@@BEGIN { x = __arg33; }", 1, 15, "__arg1 .. __arg32"),
    ("@@BEGIN { x = *p; }", 1, 15, "'*' needs a pointer"),
    ("@@BEGIN { exit(1); }", 1, 11, "no arguments"),
    ("int x;\n@@BEGIN { x = \"abc\"; }", 2, 11, "a string cannot be assigned"),
    ("@@BEGIN { x = printf(\"a\"); }", 1, 15, "no value"),
    ("@@BEGIN { x = diff_time(a, b, SECONDS); }", 1, 31, "MICROSECONDS"),
    ("double d;\n@@BEGIN { d = 1.5; d++; }", 2, 20, "'d' is a float/double variable"),
    ("double d;\n@@BEGIN { x = d + 1; }", 2, 15, "not compute with it"),
    ("double d;\n@@BEGIN { d = __pid; }", 2, 15, "only a number or another float"),
    ('@@BEGIN { printf("%f", __pid); }', 1, 24, "%f is given an integer"),
    ("struct foo f;\n@@BEGIN { }", 1, 12, "'struct foo' is declared without its members"),
    ("__auto __list l;\n@@BEGIN { }", 1, 1, "always global"),
    ("/* unterminated\n@@BEGIN { }", 1, 1, "unterminated comment"),
    ("@@BEGIN { x = 1; } # mid-line", 1, 20, "'#' starts a comment"),
    ("@@syscall:*:read:entry\nwhen (__pid > 1 && timestamp() > 0)\n{ }", 2, 20,
     "function calls in a predicate"),
    ("@@BEGIN { x = get_location_point(); }", 1, 15, "@@syscall, @@syscallx and @@uft clauses only"),
    ("@@syscall:*:read:entry, @@syscall:*:read:exit { x = get_location_point(); }", 1, 53,
     "both entry and exit probes"),
    ("@@BEGIN { FUNCTION_EXIT = 1; }", 1, 11, "'FUNCTION_EXIT' is a constant"),
    ("@@END { set_aso_print_options(5, SORT_BY_VALUE); }", 1, 9, "only in the @@BEGIN clause"),
    ("@@BEGIN { set_aso_print_options(5, SORT_BY_SIZE); }", 1, 36, "unknown print option 'SORT_BY_SIZE'"),
    ("@@BEGIN { a[1] = 2; print(a, x); }", 1, 30, "integer constant"),
    ("@@sysproc:dispatch:* { }", 1, 11, "@@sysproc:offcpu and @@sysproc:oncpu"),
    ("String s[10];\n@@BEGIN { copy_kdata(0, s); }", 2, 25, "'s' is a String (use get_userstring()"),
    ('@@BEGIN { printf("%t", 3); }', 1, 24, "must be get_stktrace() or a stktrace_t value"),
    ('@@BEGIN { printf("%T", get_stktrace(0)); }', 1, 37, "get_stktrace() takes -1"),
    ("@@BEGIN { x = get_stktrace(-1); y = x + 1; }", 1, 37, "'+' with a stack trace"),
    ("@@BEGIN { x = get_stktrace(-1); x++; }", 1, 33, "'++' on a stack trace"),
    ("@@BEGIN { x = get_stktrace(-1); y = !x; }", 1, 37, "'!' on a stack trace"),
    ("stktrace_t t;\n@@BEGIN { t = 5; }", 2, 15, "only get_stktrace() or another stktrace_t"),
    ("int i;\n@@BEGIN { i = get_stktrace(2); }", 2, 11, "'i' is not a stktrace_t variable"),
    ("@@BEGIN { __auto stktrace_t t; }", 1, 11, "cannot be __auto or __thread"),
    ("@@BEGIN { t = get_stktrace(1); printf(\"%s\", t); }", 1, 45, "prints with printf's %t or %T"),
    ("@@BEGIN { a[1] = get_stktrace(1); quantize(a); }", 1, 35, "holds stack traces"),
    ("@@BEGIN { a[get_stktrace(1)] = 1; a[2] = 1; }", 1, 37, "key 1 of 'a' is a stack trace"),
    ("@@BEGIN { a[1] = 1; a[2.5] = 1; }", 1, 23, "is not a float/double"),
    ("@@BEGIN { r[1] = 2.5; x = r[1] + 1; }", 1, 27, "'r' holds float/double values"),
    ("@@BEGIN { r[1] = 2.5; r[2] = \"x\"; }", 1, 30, "only a number or another float/double"),
    ("@@BEGIN { r[1] = 2.5; quantize(r); }", 1, 23, "draw integers"),
    ("@@BEGIN { copy_userdata(0); }", 1, 11, "copy_userdata() takes 2 arguments"),
]


@pytest.mark.parametrize("src, line, col, msg", REJECT, ids=[r[3] for r in REJECT])
def test_reject(src, line, col, msg):
    with pytest.raises(XtraceError) as info:
        lower(src)
    err = info.value
    assert msg in err.message
    assert (err.loc.file, err.loc.line, err.loc.col) == ("t.e", line, col), err.render()
    assert err.source == src


def test_reject_renders_with_caret():
    with pytest.raises(XtraceError) as info:
        lower("@@BEGIN\n{\n    while (1) { }\n}\n")
    assert info.value.render() == ("t.e:3:5: error: Vue has no loops: 'while' is not part of the language\n"
                                   "        while (1) { }\n"
                                   "        ^")


# ------------------------------------------------------------------ round trip

BIG = """#!/usr/bin/probevue
/* counts reads and writes */
int count;
__global String last[64];
__thread long long start;
__list lat;
int read(int fd, char *buf, unsigned long n);

@@BEGIN
{
    printf("Start probing \\"now\\"\\\\\\n");
}

/* per process */
@@syscall:*:read:entry, @@syscall:*:write:entry
when (__pid != 1 && __uid == 0)
{
    count++;
    last = __pname + ":" + "x";
    start = timestamp();
    if (count % 20 == 0)
        printf("so far: %d\\n", count);
    else if (count > 100)
    {
        exit();
    }
    else
        calls[__pname][__pid] += 1;
}

@@syscall:1234:read:exit
{
    __auto long long d;
    /* microseconds */
    d = diff_time(start, timestamp(), MICROSECONDS);
    append(lat, d);
    append(by_name[__pname], d);
    x = d > 10 ? -d : (d + 1) * 2;
    y = (unsigned short) __rv;
    delete(calls, __pname, __pid);
}

@@interval:*:clock:1000
{
    printf("%d %d %d %d %d\\n", count(lat), sum(lat), min(lat), max(lat), avg(lat));
    printf("%d\\n", count(by_name["ksh"]));
    lat = list();
    clear(by_name);
}

@@syscallx:*:*:exit
when (__rv < 0)
{
    errors++;
}

@@END
{
    printf("%s %d %d\\n", last, x - (y - 1), errors);
}
"""

ROUND_TRIP = [a[0] for a in ACCEPT] + [BIG]


@pytest.mark.parametrize("src", ROUND_TRIP, ids=range(len(ROUND_TRIP)))
def test_round_trip(src):
    if not src.lstrip().startswith(("@@", "#", "/*", "int")):
        src = f"@@BEGIN\n{{\n{src}\n}}\n"
    prog = lower(src)
    text = print_program(prog)
    again = lower(text)
    assert again == prog, text
    assert print_program(again) == text


def test_round_trip_of_examples():
    for path in sorted(EXAMPLES.glob("*.e")):
        prog = parse(path.read_text(), path.name)
        assert parse(print_program(prog), path.name) == prog


# ------------------------------------------------------------------ the printer


def program(*probes: ir.Probe, globals_: list[ir.Global] | None = None) -> ir.Program:
    return ir.Program("t.d", "d", globals_ or [], list(probes))


def probe(point: ir.ProbePoint, *body: ir.Stmt, predicate: ir.Expr | None = None) -> ir.Probe:
    return ir.Probe([point], ir.Block(list(body)), predicate)


def test_print_seed_script_exactly():
    src = (EXAMPLES / "sync.e").read_text()
    assert print_program(parse(src, "sync.e")) == src


def test_print_points_and_names():
    prog = program(
        probe(ir.ProbePoint("syscall", "exit_group"), ir.Printf("x\n", [])),
        probe(ir.ProbePoint("syscall", "*", is_return=True), ir.ExprStmt(ir.IncDec(V("n"), "++", False))),
        probe(ir.ProbePoint("timer", period_ns=250_000_000), ir.Exit(I(0))),
        probe(ir.ProbePoint("begin")), probe(ir.ProbePoint("end")),
    )
    text = print_program(prog)
    assert "@@syscall:*:exit:entry\n{" in text
    assert "@@syscallx:*:*:exit\n{\n    n++;\n}" in text
    assert "@@interval:*:clock:250\n{\n    exit();\n}" in text
    every_cpu = print_program(program(probe(ir.ProbePoint("timer", period_ns=100_000_000, per_cpu=True))))
    assert "@@interval:*:clock:100:*\n" in every_cpu
    assert "@@BEGIN\n{\n}" in text and "@@END\n{\n}" in text


def test_print_globals_with_c_types_and_init():
    prog = program(
        probe(ir.ProbePoint("begin"), ir.ExprStmt(ir.Assign(V("s"), "=", ir.StrLit("a")))),
        globals_=[ir.Global("i", "scalar", INT32), ir.Global("u", "scalar", UINT32),
                  ir.Global("big", "scalar", INT64), ir.Global("s", "scalar", STRING),
                  ir.Global("n", "scalar", INT64, init=I(5)), ir.Global("m", "map")])
    text = print_program(prog)
    assert text.startswith("__global int i;\n__global unsigned int u;\n__global long long big;\n"
                           "__global String s[128];\n__global long long n;\n\n"
                           "@@BEGIN\n{\n    n = 5;\n}\n\n@@BEGIN\n{\n    s = \"a\";\n}\n")
    assert " m" not in text  # associative arrays are never declared in Vue


def test_print_printf_escapes_survive():
    fmt = 'say "hi"\\ \t%d\n\x01'
    text = print_program(program(probe(ir.ProbePoint("begin"), ir.Printf(fmt, [B("pid")]))))
    assert 'printf("say \\"hi\\"\\\\ \\t%d\\n\\001", __pid);' in text
    assert parse(text, "t.e").probes[0].body.stmts[0].fmt == fmt


def test_print_d_style_predicate_builtins_and_args():
    prog = program(probe(ir.ProbePoint("syscall", "read", is_return=True),
                         ir.Printf("%s %d %d\n", [B("execname"), B("arg2"), B("retval")]),
                         predicate=ir.Binary("==", B("pid"), I(7))))
    text = print_program(prog)
    assert "long long read(long long, long long, long long);" in text
    # a test of the process is the tuple's PID field, as a porter writes it
    assert "@@syscall:7:read:exit\n{" in text
    assert 'printf("%s %d %d\\n", __pname, __arg3, __errno != 0 ? -__errno : __rv);' in text


def test_print_splits_multi_point_clauses_that_read_arguments():
    prog = ir.Program("t.d", "d", [], [ir.Probe(
        [ir.ProbePoint("syscall", "read"), ir.ProbePoint("syscall", "write")],
        ir.Block([ir.Printf("%d\n", [B("arg0")])]))])
    text = print_program(prog)
    assert "@@syscall:*:read:entry\n{" in text and "@@syscall:*:write:entry\n{" in text
    assert len(parse(text, "t.e").probes) == 2


def test_print_aggregations_as_lists():
    prog = program(
        probe(ir.ProbePoint("syscall", "read"), ir.AggUpdate("c", [B("execname")], "count", []),
              ir.AggUpdate("total", [], "sum", [B("arg2")])),
        probe(ir.ProbePoint("end"), ir.Printf("%d\n", [ir.AggRead("total", [], "sum")])),
        globals_=[ir.Global("c", "agg", agg_func="count"), ir.Global("total", "agg", agg_func="sum")])
    text = print_program(prog)
    assert text.startswith("__list total;\n")
    assert "append(c[__pname], 1);" in text and "append(total, __arg3);" in text
    assert 'printf("%d\\n", sum(total));' in text


def test_print_locals_and_thread_variables():
    prog = program(probe(ir.ProbePoint("syscall", "read"),
                         ir.ExprStmt(ir.Assign(V("t", "thread"), "=", B("timestamp"))),
                         ir.ExprStmt(ir.Assign(V("n", "local"), "=", B("execname"))),
                         ir.ExprStmt(ir.Assign(V("k", "local"), "=", I(1)))))
    text = print_program(prog)
    assert "__thread long long t;" in text
    assert "    __auto String n[128];\n    __auto long long k;\n    t = timestamp();" in text


def test_print_deletes():
    # (an array something stores into: a delete from one nothing sets is left out)
    store = ir.ExprStmt(ir.Assign(ir.Index("m", [I(1), ir.StrLit("a")]), "=", I(2)))
    prog = program(probe(ir.ProbePoint("begin"), store),
                   probe(ir.ProbePoint("end"), ir.Delete("m", [I(1), ir.StrLit("a")]), ir.Delete("m"),
                         ir.Delete("l")),
                   globals_=[ir.Global("m", "map"), ir.Global("l", "agg", agg_func="stats")])
    text = print_program(prog)
    assert 'delete(m, 1, "a");\n    clear(m);\n    l = list();' in text


def test_print_string_concatenation_and_compound():
    prog = program(probe(ir.ProbePoint("begin"),
                         ir.ExprStmt(ir.Assign(V("s"), "=", ir.Binary(".", ir.StrLit("a"), B("execname")))),
                         ir.ExprStmt(ir.Assign(V("s"), ".=", ir.StrLit("b")))))
    text = print_program(prog)
    assert 's = "a" + __pname;\n    s += "b";' in text


def test_print_precedence_parenthesizes_minimally():
    e = ir.Binary("*", ir.Binary("+", I(1), I(2)), ir.Binary("-", I(3), ir.Binary("-", I(4), I(5))))
    text = print_program(program(probe(ir.ProbePoint("begin"), ir.ExprStmt(ir.Assign(V("x"), "=", e)))))
    assert "x = (1 + 2) * (3 - (4 - 5));" in text


PRINT_REJECT = [
    (ir.PrintAgg("a", loc=Loc("t.d", 4, 1)), "cannot express D's sorted aggregation table in Vue"),
    (ir.PrintAgg("a", layout="stap", loc=Loc("t.d", 4, 1)), "SystemTap's aggregate print-out"),
    (ir.PrintAgg("a", layout="format", fmt="%d", loc=Loc("t.d", 4, 1)), "no loops"),
    (ir.Exit(I(3), loc=Loc("t.d", 4, 1)), "exit status"),
    # IBM: __curthread (whose cpuid is the CPU number) is not available in @@BEGIN/@@END
    (ir.ExprStmt(B("cpu"), loc=Loc("t.d", 4, 1)), "__curthread->cpuid, cannot be used in @@BEGIN or @@END"),
    (ir.ExprStmt(B("gid"), loc=Loc("t.d", 4, 1)), "'gid' built-in"),
    (ir.ExprStmt(ir.InMap([I(1)], "m", loc=Loc("t.d", 4, 1))), "membership"),
    (ir.ExprStmt(ir.Call("strlen", [ir.Builtin("execname")], loc=Loc("t.d", 4, 1))), "strlen"),
    (ir.PrintVar("s", loc=Loc("t.d", 4, 1)), "end-of-run print"),
]


def test_print_cpu_is_curthread_cpuid_in_a_syscall_clause():
    text = print_program(program(probe(ir.ProbePoint("syscall", "read"),
                                       ir.Printf("%d\n", [B("cpu")], loc=Loc("t.d", 4, 1)))))
    assert 'printf("%d\\n", __curthread->cpuid);' in text


def test_print_next_is_vue_return():
    text = print_program(program(probe(ir.ProbePoint("end"), ir.Next(loc=Loc("t.d", 4, 1)))))
    assert "return;" in text


@pytest.mark.parametrize("stmt, msg", PRINT_REJECT, ids=[r[1] for r in PRINT_REJECT])
def test_print_reject(stmt, msg):
    with pytest.raises(XtraceError) as info:
        print_program(program(probe(ir.ProbePoint("end"), stmt)))
    assert msg in info.value.message
    assert info.value.loc == Loc("t.d", 4, 1)


@pytest.mark.parametrize("point, msg", [
    (ir.ProbePoint("kfunc", "vfs_read", loc=Loc("t.d", 2, 1)), "kernel function probes"),
    (ir.ProbePoint("tracepoint", "sched:sched_wakeup", loc=Loc("t.d", 2, 1)), "tracepoint"),
    (ir.ProbePoint("timer", period_ns=1500, loc=Loc("t.d", 2, 1)), "whole milliseconds"),
    (ir.ProbePoint("syscall", "read*", loc=Loc("t.d", 2, 1)), "by pattern"),
    (ir.ProbePoint("syscall", "read", optional=True, loc=Loc("t.d", 2, 1)), "optional"),
])
def test_print_reject_points(point, msg):
    with pytest.raises(XtraceError) as info:
        print_program(program(probe(point)))
    assert msg in info.value.message
    assert info.value.loc == Loc("t.d", 2, 1)


def test_print_moves_predicates_vue_forbids_into_the_body():
    pred = ir.Binary("&&", ir.Binary(">", B("pid"), I(1)),
                     ir.Binary("==", ir.Call("user_string", [B("arg0")]), ir.StrLit("/etc")))
    prog = program(probe(ir.ProbePoint("syscall", "open"), ir.Printf("hit\n", []), predicate=pred))
    text = print_program(prog)
    assert "when" not in text
    # (another language's open clause is guarded against the openat hits of Vue's open,
    # and says why)
    assert ('{\n    /* open(2) only, as in D: this clause also fires at openat(AT_FDCWD, ...) */\n'
            '    if (get_function() == "open" && __pid > 1 && get_userstring(__arg1, -1) == "/etc")\n    {\n'
            '        printf("hit\\n");\n    }\n}') in text


def test_every_lowered_node_has_a_location():
    prog = lower(BIG)
    for p in prog.probes:
        for node in walk(p.body, p.predicate):
            assert node.loc.line > 0 and node.loc.file == "t.e", node
        for point in p.points:
            assert point.loc.line > 0
    assert all(g.loc.line > 0 for g in prog.globals)


def test_print_var_of_an_int_scalar():
    prog = program(probe(ir.ProbePoint("end"), ir.PrintVar("n")), globals_=[ir.Global("n", "scalar", INT64)])
    # stap's auto-print writes a number with %#x
    assert 'printf("n=0x%llx\\n", n);' in print_program(prog)


def test_print_renames_vue_keywords_used_as_names():
    text = print_program(program(probe(ir.ProbePoint("begin"), ir.ExprStmt(ir.Assign(V("when"), "=", I(1)))),
                                 globals_=[ir.Global("when", "scalar", INT64)]))
    assert "__global long long when_;" in text and "when_ = 1;" in text


SYSPROC = """@@sysproc:execpass:*
when (__pname == "true")
{
    printf("exec %s\\n", __pname);
}

@@sysproc:exit:$__CPID
{
    eprintf("exit %s\\n", __pname);
}

@@sysproc:threadterminate:12
when (__uid == 0)
{
    printf("thread %d\\n", __tid);
}

@@sysproc:sendsig:77
when (__sigsendinfo->signo == 15)
{
    printf("signal %d\\n", __sigsendinfo->signo);
}
"""


def test_rv_at_a_syscall_exit_is_minus_one_on_failure():
    # AIX returns -1 and sets errno; Linux returns -errno: __rv is built from both
    clause = lower("@@syscall:*:read:exit { x = __rv; }").probes[0]
    value = clause.body.stmts[0].expr.value
    assert value == ir.Ternary(ir.Binary("!=", B("errno"), I(0)), I(-1), B("retval"))
    assert "x = __rv;" in print_program(lower("@@syscall:*:read:exit { x = __rv; }"))
    # a user function's return value is its register, as is
    uft = lower("@@uft:/bin/true:*:main:exit { x = __rv; }").probes[0]
    assert uft.body.stmts[0].expr.value == B("retval")


def test_copy_data_reads_as_many_bytes_as_the_variable_has():
    prog = lower("int g;\n@@syscall:*:read:entry\n{\n__auto unsigned short s;\n"
                 "copy_userdata(__arg2, s);\ncopy_kdata(__arg2 + 8, g);\n}\n")
    first, second = (st.expr for st in prog.probes[0].body.stmts)
    assert first == ir.Assign(V("s", "local"), "=", ir.Call("user_read", [B("arg1"), I(2), I(0)]))
    assert second.value == ir.Call("kernel_read_int", [ir.Binary("+", B("arg1"), I(8)), I(4), I(1)])
    text = print_program(prog)
    assert "__auto unsigned short s;" in text and "copy_kdata(__arg2 + 8, g);" in text
    assert lower(text) == prog


def test_printf_stack_conversions_split_around_the_stack():
    block = stmts('@@syscall:*:sync:entry { printf("a %d\\n%Tb %s\\n", __pid, get_stktrace(2), __pname); }')[0]
    assert block == ir.Block([
        ir.Printf("a %d\n", [B("pid")]),
        ir.Block([ir.PrintStack("vue_raw", depth=2), ir.PrintStack("vue_raw", depth=2, user=True)]),
        ir.Printf("b %s\n", [B("execname")])])


def test_printf_of_get_stktrace_minus_one_prints_every_frame():
    # hf_sampler's printf("%T\n", get_stktrace(-1)): -1 is every frame (depth None);
    # a depth of -1 reached the module as a negative user-stack size (kbuild failed)
    block = stmts('@@syscall:*:sync:entry { printf("%T\\n", get_stktrace(-1)); }')[0]
    assert block == ir.Block([
        ir.Block([ir.PrintStack("vue_raw"), ir.PrintStack("vue_raw", user=True)]),
        ir.Printf("\n", [])])


def test_location_point_is_a_constant_of_the_clause():
    entry = lower("@@syscall:*:read:entry { x = get_location_point(); y = FUNCTION_ENTRY; }")
    exit_ = lower("@@uft:/bin/true:*:main:exit { x = get_location_point(); y = FUNCTION_EXIT; }")
    assert [s.expr.value for s in entry.probes[0].body.stmts] == [I(0), I(0)]
    assert [s.expr.value for s in exit_.probes[0].body.stmts] == [I(-1)] * 2


def test_aso_print_options_apply_to_prints_without_options():
    prog = lower("@@BEGIN { set_aso_print_options(3, SORT_TYPE_DESCEND | SORT_BY_VALUE); }\n"
                 "@@END { a[1] = 1; print(a); quantize(a, 0, SORT_BY_KEY); }")
    assert prog.probes[0].body.stmts == []
    layouts = [s.layout for s in prog.probes[1].body.stmts[1:]]
    assert layouts == ["vue;3;value;desc", "vue_quantize"]
    text = print_program(prog)
    assert "print(a, 3, SORT_BY_VALUE | SORT_TYPE_DESCEND);" in text
    assert lower(text) == prog


def test_vue_map_layout_sorts_and_cuts_as_the_options_say():
    from xtrace.runtime.vueprint import format_vue_map
    rows = [(("b",), 5), (("a",), 5), (("c",), 9), (("d",), 1)]
    def keys(layout):
        return [line.split()[0] for line in format_vue_map(layout, rows).splitlines()[1:]]
    assert keys("vue") == ["a", "b", "c", "d"]
    assert keys("vue;0;key;desc") == ["d", "c", "b", "a"]
    assert keys("vue;3;value;desc") == ["c", "a", "b"]  # equal values stay in key order
    assert keys("vue;2;value;asc") == ["d", "a"]


def test_sysproc_oncpu_offcpu_lower_to_the_switch_probes():
    on = lower("@@sysproc:oncpu:* { }").probes[0].points[0]
    off = lower("@@sysproc:offcpu:* { }").probes[0].points[0]
    assert (on.kind, on.name) == ("kfunc", "finish_task_switch*")
    assert (off.kind, off.name) == ("tracepoint", "sched:sched_switch")
    for src in ("@@sysproc:oncpu:42\n{\n}\n", "@@sysproc:offcpu:*\n{\n}\n"):
        assert print_program(lower(src)).startswith(src.split("\n")[0])


def test_process_interval_is_a_per_cpu_timer_filtered_by_pid():
    prog = lower("@@interval:4321:clock:20\n{\n}\n")
    point = prog.probes[0].points[0]
    assert (point.kind, point.per_cpu, point.period_ns) == ("timer", True, 20_000_000)
    assert prog.probes[0].predicate == ir.Binary("==", B("pid"), I(4321))
    assert print_program(prog).startswith("@@interval:4321:clock:20\n")
    # $__CPID reads 0 until the -X command starts, as the idle task's pid does
    cpid = lower("@@interval:$__CPID:clock:20\nwhen (__tid > 1)\n{\n}\n")
    assert cpid.probes[0].predicate == ir.Binary(
        "&&", ir.Binary("!=", B("target"), I(0)),
        ir.Binary("&&", ir.Binary("==", B("pid"), B("target")), ir.Binary(">", B("tid"), I(1))))
    assert print_program(cpid).startswith("@@interval:$__CPID:clock:20\nwhen (__tid > 1)\n")
    with pytest.raises(XtraceError) as info:
        lower("@@interval:4321:clock:20:*\n{\n}\n")
    assert "by process or by CPU, not both" in info.value.message


def test_sysproc_forkfail_execfail_are_failing_syscall_exits():
    prog = lower("@@sysproc:forkfail:42\n{\n}\n")
    assert [(p.kind, p.name, p.is_return) for p in prog.probes[0].points] == [
        ("syscall", n, True) for n in ("clone", "clone3", "fork", "vfork")]
    assert prog.probes[0].predicate == ir.Binary("&&", ir.Binary("!=", B("errno"), I(0)),
                                                 ir.Binary("==", B("pid"), I(42)))
    assert print_program(prog).startswith("@@sysproc:forkfail:42\n")
    execfail = lower("@@sysproc:execfail:*\n{\n}\n")
    assert [p.name for p in execfail.probes[0].points] == ["execve", "execveat"]
    # a plain syscall exit stays one
    assert print_program(lower("@@syscall:*:execve:exit\n{\n}\n")).startswith("@@syscall:*:execve:exit")


def test_sysproc_round_trip_peels_the_implied_conditions():
    prog = lower(SYSPROC)
    text = print_program(prog)
    assert text == SYSPROC
    assert lower(text) == prog


def test_float_variables_carry_double_bits_to_printf():
    import struct
    prog = lower('double d;\n@@BEGIN { d = -2.5; printf("%f\\n", d); }')
    assign, printf = prog.probes[0].body.stmts
    bits = struct.unpack("<q", struct.pack("<d", -2.5))[0]
    # a float literal is marked as the bits of a double, which no translation takes for an integer
    assert assign == X(ir.Assign(V("d"), "=", ir.Call("double_bits", [I(bits)])))
    assert printf == ir.Printf("%f\n", [ir.Call("double_bits", [V("d")])])


def test_get_userstring_with_a_length_reads_at_most_that_many_bytes():
    e = first_expr("x = get_userstring(__arg1, 10);")
    assert e.value == ir.Call("user_string", [B("arg0"), I(10)])
    e = first_expr("x = get_kstring(__arg1, -1);")
    assert e.value == ir.Call("kernel_string", [B("arg0")])


def test_tentative_buffers_are_numbered_speculations():
    """Each tentative buffer name is one always-open speculation, by first use."""
    prog = parse('@@BEGIN { start_tentative("a"); printf("x\\n"); end_tentative("a");\n'
                 '  start_tentative(7); commit_tentative("a"); discard_tentative(7); }\n', "t.e")
    stmts = [s for s in prog.probes[0].body.stmts if not isinstance(s, ir.Printf)]
    assert [type(s).__name__ for s in stmts] == ["Speculate", "SpecStop", "Speculate", "SpecEnd", "SpecEnd"]
    assert [(getattr(s, "tentative"), getattr(getattr(s, "id", None), "value", None)) for s in stmts] == \
        [("a", 1), ("a", None), ("7", 2), ("a", 1), ("7", 2)]
    assert prog.options["limits"]["NSPEC"] == 2
    back = print_program(prog)
    assert 'start_tentative("a");' in back and 'commit_tentative("a");' in back
    assert 'end_tentative("a");' in back and 'discard_tentative("7");' in back


@pytest.mark.parametrize("body, col, msg", [
    ("start_tentative(x);", 34, "buffer ID must be a string or integer constant"),
    ('commit_tentative("a", 1);', 18, "takes one argument"),
    ('int y; y = end_tentative("a");', 29, "has no value"),
])
def test_tentative_call_errors(body, col, msg):
    with pytest.raises(XtraceError) as info:
        parse("@@BEGIN { int x; " + body + " }\n", "t.e")
    assert msg in str(info.value) and (info.value.loc.line, info.value.loc.col) == (1, col), str(info.value)


def test_tentative_tracing_is_a_d_speculation_whose_commit_is_a_clause_of_its_own():
    """(stap's is speculative.stp: tests/test_tentative_stap.py; D's
    frontends/d/tentative_back.py, tests/test_translate_vuetent2d.py)"""
    from xtrace.driver.translate import translate_text
    src = '@@BEGIN { start_tentative("a"); printf("x\\n"); commit_tentative("a"); }\n'
    d = translate_text(src, "t.e", "vue", "d")
    assert ('BEGIN\n{\n    speculate(a_spec);\n    printf("x\\n");\n}\n\n'
            'BEGIN\n{\n    commit(a_spec);\n    a_spec = 0;\n}') in d


def test_kernel_variable_reads_its_address_with_the_declared_type():
    prog = lower("__kernel short s;\n__kernel unsigned long jiffies;\n@@BEGIN\n{\n"
                 "\tx = s;\n\ty = __k:jiffies;\n}\n")
    assert prog.globals == [g for g in prog.globals if g.name in ("x", "y")]  # no global for them
    x, y = (st.expr.value for st in prog.probes[0].body.stmts)
    assert any(isinstance(n, ir.Call) and n.name == "kernel_read_int" and n.args[1:] == [I(2), I(1)]
               for n in ir.walk(x))
    assert y == ir.Call("kernel_read_int", [ir.Call("ksym_addr", [ir.StrLit("jiffies")]), I(8), I(0)])


def test_printf_A_prints_the_wall_clock_time_of_a_timestamp():
    prog = lower('@@BEGIN\n{\n\tprintf("%A %d\\n", timestamp(), 1);\n}\n')
    pf = prog.probes[0].body.stmts[0]
    # a date: %Y of the wall-clock time, with Vue's default date format
    assert pf.fmt == "%Y %d\n"
    assert pf.args[0] == ir.Call("timestamp_to_wall", [B("timestamp")])
    assert prog.options["date_format"] == "%m:%d:%Y %H:%M:%S"
    assert print_program(prog).count('printf("%A %d\\n", timestamp(), 1);') == 1


def test_set_date_format_sets_the_date_format_of_every_A():
    src = ('@@BEGIN\n{\n\tset_date_format("%Y-%m-%d %T");\n}\n\n'
           '@@syscall:*:sync:entry\n{\n\tprintf("%A\\n", timestamp());\n}\n')
    prog = lower(src)
    assert prog.options["date_format"] == "%Y-%m-%d %T"
    text = print_program(prog)
    assert 'set_date_format("%Y-%m-%d %T");' in text and 'printf("%A\\n", timestamp());' in text
    again = lower(text)
    assert again == prog and again.options == prog.options
    # no @@BEGIN to say it in: the printer adds one
    prog.probes = prog.probes[1:]
    assert lower(print_program(prog)).options["date_format"] == "%Y-%m-%d %T"


def test_ptree_is_a_print_tree_statement_and_round_trips():
    prog = lower("@@syscall:*:sync:entry\n{\n\tptree(-1);\n\tptree(2);\n}\n")
    assert [st.depth for st in prog.probes[0].body.stmts] == [None, 2]
    assert all(isinstance(st, ir.PrintTree) for st in prog.probes[0].body.stmts)
    assert lower(print_program(prog)) == prog


def test_ptree_layout():
    from xtrace.runtime.vueprint import format_ptree
    text = format_ptree([(-2, 1, "init"), (-1, 40, "sh"), (0, 41, "app"), (1, 42, "w1"),
                         (2, 43, "w2"), (1, 44, "w3")])
    assert text == ("PID          CMD\n"
                    "1            init\n               |\n               V\n"
                    "40           sh\n               |\n               V\n"
                    "41           app  <=======\n"
                    "                 |\n                 \\--42  w1\n"
                    "                     |\n                     \\--43  w2\n"
                    "                 |\n                 \\--44  w3\n")


def test_interval_cpu_list_keeps_the_chosen_cpus_timers():
    # IBM: `@@interval:*:clock:100:10|12-20` fires on CPU 10 and on CPUs 12 to 20
    prog = lower("@@interval:*:clock:100:10|12-20\nwhen (__pid > 0)\n{\n}\n")
    point = prog.probes[0].points[0]
    assert (point.kind, point.per_cpu, point.period_ns) == ("timer", True, 100_000_000)
    cpus = ir.Binary("||", ir.Binary("==", B("cpu"), I(10)),
                     ir.Binary("&&", ir.Binary(">=", B("cpu"), I(12)), ir.Binary("<=", B("cpu"), I(20))))
    assert prog.probes[0].predicate == ir.Binary("&&", cpus, ir.Binary(">", B("pid"), I(0)))
    assert print_program(prog).startswith("@@interval:*:clock:100:10|12-20\nwhen (__pid > 0)\n")


def test_tuple_fields_may_have_blanks_around_colons_and_quoted_paths():
    # the forms of IBM's uft probe manager page
    for tup in ("@@uft : /bin/ls:* :main:entry", "@@uft:\"/bin/ls\":*:main:entry",
                "@@uft:'/bin/ls':*:main:entry", "@@uft:/bin/ls :*: main :entry"):
        point = lower(f"{tup}\n{{ }}").probes[0].points[0]
        assert (point.kind, point.binary, point.name) == ("ufunc", "/bin/ls", "main"), tup
    point = lower("@@uft:./bin/ls:*:main:exit\n{ }").probes[0].points[0]
    assert point.binary == os.path.abspath("bin/ls") and point.is_return
    probe = lower("@@syscall : * : read : entry\n{ }").probes[0]
    assert probe.points == [ir.ProbePoint("syscall", "read")]


def test_uft_of_a_process_by_number_follows_that_process():
    # IBM's `@@uft:123450 :*: foo :entry`: the process's program (resolved by the
    # driver from /proc/PID/exe), filtered by its pid, as D's pid123450 provider
    point = lower("@@uft:123450 :*: foo :entry\n{ }").probes[0].points[0]
    assert (point.kind, point.binary, point.pid, point.name) == ("ufunc", "$target", 123450, "foo")
    lib = lower("@@uft:42:/lib/x86_64-linux-gnu/libc.so.6:malloc:exit\n{ }").probes[0].points[0]
    assert (lib.binary, lib.pid, lib.is_return) == ("/lib/x86_64-linux-gnu/libc.so.6", 42, True)
    text = print_program(lower("@@uft:123450:*:foo:entry\n{ }\n"
                               "@@uft:42:/lib/x86_64-linux-gnu/libc.so.6:malloc:exit\n{ }\n"))
    assert "@@uft:123450:*:foo:entry" in text
    # a library the library directories find by its file name is named so, as D's module is
    assert "@@uft:42:libc.so.6:malloc:exit" in text
    assert lower(text).probes[1].points[0] == lib


def test_uft_of_cpid_follows_the_x_command_only():
    # IBM's uft tuple names the one process traced: $__CPID's hits count only in the
    # -X command's process (its threads share its pid), in its program or a library
    from xtrace.backend_c.codegen import _uprobe_pid
    prog = lower("@@uft:$__CPID:*:foo:entry\n{ }\n@@uft:$__CPID:libc.so.6:malloc:exit\n{ }\n"
                 "@@uft:/bin/ls:*:main:entry\n{ }\n")
    prog_pts, lib, path = (p.points[0] for p in prog.probes)
    assert (prog_pts.binary, prog_pts.pid, prog_pts.target_only) == ("$target", None, True)
    assert lib.target_only and lib.binary.endswith("libc.so.6") and lib.pid is None
    assert not path.target_only  # a program by path: every process running it
    assert _uprobe_pid(prog_pts) == _uprobe_pid(lib) == "READ_ONCE(xt_target_pid)"
    assert _uprobe_pid(path) is None
    assert _uprobe_pid(lower("@@uft:42:*:foo:entry\n{ }").probes[0].points[0]) == "42"
    text = print_program(prog)
    assert "@@uft:$__CPID:*:foo:entry" in text and "@@uft:$__CPID:libc.so.6:malloc:exit" in text
    assert [p.points[0] for p in lower(text).probes] == [prog_pts, lib, path]


def test_net_info_t_and_sockfd_netinfo_give_the_socket_ports():
    # IBM's "net_info_t data type": n.local_port / n.remote_port after sockfd_netinfo(fd, n)
    prog = lower("net_info_t n;\n@@syscall:*:read:entry\n{\n  sockfd_netinfo(__arg1, n);\n"
                 "  x = n.local_port + n.remote_port;\n}\n")
    fill = prog.probes[0].body.stmts[0]
    assert isinstance(fill, ir.Block)
    assert [s.expr.target for s in fill.stmts] == [V("n__local_port"), V("n__remote_port")]
    assert all(isinstance(s.expr.value, ir.Ternary) for s in fill.stmts)
    files = [x for x in walk(fill) if isinstance(x, ir.Call) and x.name == "fd_file"]
    assert files and all(f.args[1] == B("arg0") for f in files)  # IR args count from 0
    assert prog.probes[0].body.stmts[1].expr.value == ir.Binary("+", V("n__local_port"), V("n__remote_port"))


NETINFO_REJECT = [
    ("net_info_t n;\n@@BEGIN { x = n.local_addr; }", 2, 17, "addresses (ip_addr_t, printed with %I) are not supported yet"),
    ("net_info_t *n;\n@@BEGIN { }", 1, 12, "declare 'net_info_t n;', not a pointer"),
    ("__thread net_info_t n;\n@@BEGIN { }", 1, 1, "net_info_t variables take no '__thread' qualifier"),
    ("@@BEGIN { __auto net_info_t n; }", 1, 11, "net_info_t variables take no '__auto' qualifier"),
    ("int n;\n@@syscall:*:read:entry { sockfd_netinfo(__arg1, n); }", 2, 49, "'n' is not one"),
]


@pytest.mark.parametrize("src,line,col,msg", NETINFO_REJECT)
def test_net_info_t_rejects(src, line, col, msg):
    with pytest.raises(XtraceError) as info:
        lower(src)
    assert msg in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (line, col)


def test_lbolt_reads_the_ticks_since_boot():
    # AIX's lbolt (clock ticks since boot) is Linux's jiffies counted from boot
    probe = lower("__kernel long long lbolt;\n@@BEGIN { x = lbolt; y = __k:lbolt; }").probes[0]
    assert probe.body.stmts[0].expr.value == B("ticks")
    assert probe.body.stmts[1].expr.value == B("ticks")
    narrow = lower("__kernel unsigned int lbolt;\n@@BEGIN { x = lbolt; }").probes[0]
    assert narrow.body.stmts[0].expr.value == ir.Cast(UINT32, B("ticks"))
    text = print_program(lower("__kernel long long lbolt;\n@@BEGIN { printf(\"%lld\\n\", lbolt); }"))
    assert "__kernel long long lbolt;" in text and 'printf("%lld\\n", lbolt);' in text


def test_trcid_is_the_tracing_process():
    probe = lower("@@BEGIN { x = __trcid; }").probes[0]
    assert probe.body.stmts[0].expr.value == B("tracer_pid")
    assert "__trcid" in print_program(lower("@@BEGIN { printf(\"%d\\n\", __trcid); }"))


def test_kernelmode_lowers_to_the_execution_mode_builtin():
    probe = lower("@@syscall:*:read:entry { x = __kernelmode; }").probes[0]
    assert probe.body.stmts[0].expr.value == B("kernelmode")


def test_open_clause_also_goes_on_openat_from_the_current_directory():
    prog = lower("int open(char *p, int f);\n@@syscall:*:open:entry when (__arg2 == 0)\n"
                 "{ printf(\"%s\\n\", get_userstring(__arg1, -1)); }")
    assert [[p.name for p in pr.points] for pr in prog.probes] == [["open"], ["openat"]]
    at = prog.probes[1]
    dirfd = ir.Binary("==", ir.Cast(INT32, B("arg0")), I(-100))
    assert at.predicate.op == "&&" and at.predicate.lhs == dirfd
    # every __argN reads one argument further on: openat(dirfd, path, flags, mode)
    args = {n.name for n in ir.walk([at.body, at.predicate]) if isinstance(n, ir.Builtin)}
    assert {"arg1", "arg2"} <= args
    assert {n.name for n in ir.walk([prog.probes[0].body, prog.probes[0].predicate])
            if isinstance(n, ir.Builtin)} >= {"arg0", "arg1"}
    assert prog.options["user_strings_fault_in"] is True


def test_symbolic_constants_are_linux_numbers():
    # IBM's "Symbolic constants": errno and signal names, AF_INET/AF_INET6, NULL
    body = lower("@@BEGIN { x = EADDRINUSE + SIGKILL + AF_INET6 + NULL + EWOULDBLOCK; }").probes[0].body
    lits = [n.value for n in ir.walk(body) if isinstance(n, ir.IntLit)]
    assert lits == [98, 9, 10, 0, 11]


def test_fd_path_and_path_t_print_the_path():
    prog = lower("path_t p;\n@@syscall:*:read:entry { p = fd_path(__arg1); printf(\"[%p] %s\\n\", p, "
                 "fd_fname(__arg1)); }")
    stmts = prog.probes[0].body.stmts
    call = stmts[0].expr.value
    assert call.name == "fileinfo_str" and call.args[0].name == "fd_file" and call.args[2] == I(2)
    assert stmts[1].fmt == "[%s] %s\n"  # Vue's %p of a path_t
    assert "fd_path(" in print_program(prog) and "fd_fname(" in print_program(prog)


def test_syscallx64_is_syscallx_outside_the_compat_table():
    probe = lower("@@syscallx64:42:kwrite:entry\n{ }").probes[0]
    assert probe.points == [ir.ProbePoint("syscall", "write")]
    assert probe.predicate == ir.Binary("&&", ir.Binary("==", B("pid"), I(42)),
                                        ir.Binary("==", B("compat_syscall"), I(0)))
    with pytest.raises(XtraceError) as info:
        lower("@@syscallx32:*:kwrite:entry\n{ }")
    assert "compat table" in info.value.message and "@@syscallx" in info.value.message


def test_float_and_stack_columns_print_as_such():
    # the layout's kinds segment: float keys print as %g and sort numerically, a
    # stack value prints its frames on the lines after its key
    from xtrace.runtime.vueprint import format_vue_map
    prog = lower('@@BEGIN { a[2.5] = 1; a[-1.0] = 2; b[1] = get_stktrace(-1); print(a); print(b); }')
    pa, pb = [s for s in prog.probes[0].body.stmts if isinstance(s, ir.PrintVar)]
    bits = {x: struct.unpack("<q", struct.pack("<d", x))[0] for x in (2.5, -1.0)}
    assert format_vue_map(pa.layout, [((bits[2.5],), 1), ((bits[-1.0],), 2)]).splitlines()[1:] == [
        f"{'-1':<32} | 2", f"{'2.5':<32} | 1"]
    out = format_vue_map(pb.layout, [((1,), "raw")], lambda raw: "f1+0x1\nf2+0x2\n")
    assert out.splitlines()[1:] == [f"{'1':<32} |", " " * 35 + "f1+0x1", " " * 35 + "f2+0x2"]


def test_stack_value_text_decodes_kernel_and_user_frames():
    from xtrace.runtime.symstr import vue_stack_frames
    from xtrace.runtime.ustack import UserMaps
    kaddr = 0xffffffff81000010
    text = f"1;{(-kaddr) & ((1 << 64) - 1):x} {(-(kaddr + 8)) & ((1 << 64) - 1):x};0;7f0000001000 7f0000002000"
    frames = vue_stack_frames(text, None, UserMaps)
    assert [f.addr for f in frames] == [kaddr, 0x7f0000001000]  # one level of each part
    assert vue_stack_frames("", None, UserMaps) == []


def test_ibm_stack_trace_type_page_examples_lower():
    # IBM's "Stack trace type" page: declaration, get_stktrace() with and without
    # levels, an array value, assignment and comparison
    prog = lower("stktrace_t st;\nstktrace_t t1, t2;\n@@syscall:*:read:entry\n{\n"
                 "\tst = get_stktrace(5);\n\ta_st[0] = get_stktrace(-1);\n\tt1 = get_stktrace();\n"
                 "\tt2 = t1;\n\tif (t1 == t2)\n\t\tprintf(\"Entries are similar\");\n\telse\n"
                 "\t\tprintf(\"Entries are not similar\");\n\tprintf(\"%t\\n\", a_st[0]);\n}\n")
    calls = [e for e in ir.walk([p.body for p in prog.probes]) if isinstance(e, ir.Call)]
    levels = [c.args[0] for c in calls if c.name == "vue_stktrace"]
    assert levels[0] == ir.IntLit(5) and levels[1:] == [ir.IntLit(-1)] * 2
    assert any(c.name == "vue_stack_sym" for c in calls)


@pytest.mark.parametrize("case", ["range_linear", "range_power", "range_strings", "range_syscall_write"])
def test_range_t_translates_back_to_vue_as_range_t(case):
    """The Vue printer writes a qrange() aggregation back as a range_t with the same
    slots (set_range/add_range in @@BEGIN), and the result reads as the same IR."""
    from pathlib import Path
    from xtrace import frontends
    from xtrace.frontends.vue.printer import print_program
    src = (Path(__file__).parent.parent / "conformance/vue" / f"{case}.e").read_text()
    orig = frontends.parse(src, f"{case}.e", "vue")
    text = print_program(orig)
    assert "range_t " in text and "qrange(" in text
    again = frontends.parse(text, f"{case}.e", "vue")
    from xtrace.ir import nodes as ir

    def updates(prog):
        return [n for pr in prog.probes for n in ir.walk(pr.body) if isinstance(n, (ir.AggUpdate, ir.PrintAgg))]
    assert updates(again) == updates(orig)
    assert [g.agg_func for g in again.globals if g.kind == "agg"] == \
        [g.agg_func for g in orig.globals if g.kind == "agg"]


def test_unknown_syscall_hints_at_the_libc_function():
    """An AIX libc.a entry point that Linux has as a plain C library function (sbrk)
    matches no system call; the error's hint names the uft probe that reaches it."""
    point = lower("@@syscall:*:sbrk:exit\n{ }").probes[0].points[0]
    assert point.hint == ("if 'sbrk' is a C library function on Linux rather than a system call, "
                          "probe it with @@uft:$__CPID:libc.a:sbrk:exit")
    assert lower("@@syscallx:*:*:entry\n{ }").probes[0].points[0].hint == ""


def test_a_negative_literal_is_a_literal_of_its_c_type():
    # `-5` is the literal -5, as D and stap read it (a translation's `-5` comes back
    # the same); -2147483648 is the negation of a long long in C, and `-(5)` a negation
    prog = lower("@@BEGIN { x = -5; y = -2147483648; z = -(5); w = -x; }")
    values = [s.expr.value for s in prog.probes[0].body.stmts]
    assert values == [I(-5), ir.Unary("-", I(2147483648)), ir.Unary("-", I(5)), ir.Unary("-", V("x"))]
    assert "x = -5;" in print_program(prog)


def test_a_d_variable_never_declared_is_a_long_long_in_vue():
    # D's undeclared `n++` and `this->b = this->a * 7` hold the 64-bit value (only a
    # declared int32_t wraps); a Vue int would wrap, so they are declared long long,
    # and a variable only given constants, or declared, keeps its int
    from translating import translated
    out = translated("#pragma D option quiet\nint32_t w;\nBEGIN { n++; this->a = 6; this->b = this->a * 7; w++; k = 3;\n"
                     "printf(\"%d %d %d %d\", n, this->b, w, k); exit(0); }\n", "vue", "d")
    assert "__global long long n;" in out and "__global int w;" in out and "__global int k;" in out
    assert "__auto int a;" in out and "__auto long long b;" in out
    assert "    w++;" in out


def test_a_script_argument_left_in_the_script_is_kept_for_a_translation():
    # a run substitutes $1 first (driver/probevue_cli.py); one left is a script being
    # translated, which keeps it as D keeps its $1
    prog = parse("@@BEGIN { x = $1; }", "t.e")
    assert any(isinstance(n, ir.ScriptArg) and n.index == 1
               for n in ir.walk([p.body for p in prog.probes]))


def test_a_run_puts_the_arguments_text_in_and_one_not_given_is_an_error():
    # the pipeline of `xtrace run` and the conformance runner (driver/passes.py)
    from xtrace.driver.passes import Pipeline
    prog = Pipeline("@@BEGIN { x = $1 * 2; }", "t.e", "vue", script_args=("41",)).parse()
    assert not any(isinstance(n, ir.ScriptArg) for n in ir.walk([p.body for p in prog.probes]))
    assert any(isinstance(n, ir.IntLit) and n.value == 41 for n in ir.walk([p.body for p in prog.probes]))
    with pytest.raises(XtraceError, match=r"script argument \$1 was not given"):
        Pipeline("@@BEGIN { x = $1; }", "t.e", "vue").parse()


def test_an_integer_constant_past_64_bits_is_refused_where_it_stands():
    # (found by fuzzing the translators: it was taken as a Python int, and a port to
    # D or stap was refused by their frontends instead of the Vue source here)
    with pytest.raises(XtraceError) as info:
        parse('@@BEGIN\n{\n\tprintf("%lld\\n", 99999999999999999999);\n}\n', "big.e")
    assert "too large" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (3, 19)
    prog = parse('@@BEGIN\n{\n\tprintf("%llu\\n", 0xffffffffffffffff);\n}\n', "max.e")
    assert any(isinstance(x, ir.IntLit) and x.value == (1 << 64) - 1 for x in ir.walk(prog.probes[0].body))
