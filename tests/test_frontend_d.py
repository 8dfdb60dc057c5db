"""The D frontend: grammar, lowering to IR, and the IR -> D printer."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from xtrace.frontends import d
from xtrace.frontends.d.formats import decode_escapes, encode_string
from xtrace.frontends.d.printer import default_row_format
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT32, INT64, STRING, UINT64

ROOT = Path(__file__).resolve().parents[1]
COUNT_D = ROOT / "examples" / "count.d"


def parse(src: str, name: str = "t.d") -> ir.Program:
    return d.parse(src, name)


def body(src: str, probe: int = 0) -> list[ir.Stmt]:
    return parse(src).probes[probe].body.stmts


def expr_of(text: str) -> ir.Expr:
    """The IR of `x = <text>` in a BEGIN clause that defines a few variables."""
    prog = parse("BEGIN { a = 1; b = 2; c = 3; s = \"s\"; m[1, 2] = 3; x = " + text + "; }")
    stmt = prog.probes[0].body.stmts[-1]
    return stmt.expr.value


# ------------------------------------------------------------------ seed

def test_count_d_file_content():
    assert COUNT_D.read_text() == (
        "syscall:::entry\n{\n    @num[pid,execname] = count();\n}\n")


def test_count_d_ir():
    prog = d.parse(COUNT_D.read_text(), "examples/count.d")
    assert prog.lang == "d"
    assert prog.globals == [ir.Global("num", "agg", agg_func="count")]
    entry, end = prog.probes
    assert entry.points == [ir.ProbePoint("syscall", "*")]
    assert entry.points[0].spelling == "syscall:::entry"
    assert entry.predicate is None
    assert entry.body.stmts == [
        ir.AggUpdate("num", [ir.Builtin("pid"), ir.Builtin("execname")], "count", [])]
    # D's implicit end-of-run dump, made explicit.
    assert end.points == [ir.ProbePoint("end")]
    assert end.body.stmts == [ir.PrintAgg("num", "dtrace", value_func="count",
                                          sort_by="value", descending=False)]
    assert prog.options["quiet"] is False
    assert prog.options["matched_notice"] == "dtrace: script '{file}' matched {n} probe{s}"


def test_count_d_locations():
    prog = d.parse(COUNT_D.read_text(), "examples/count.d")
    entry = prog.probes[0]
    assert entry.loc == Loc("examples/count.d", 1, 1)
    assert entry.points[0].loc == Loc("examples/count.d", 1, 1)
    upd = entry.body.stmts[0]
    assert upd.loc == Loc("examples/count.d", 3, 5)
    assert upd.keys[0].loc == Loc("examples/count.d", 3, 10)
    assert upd.keys[1].loc == Loc("examples/count.d", 3, 14)
    assert prog.globals[0].loc == Loc("examples/count.d", 3, 5)
    for node in _all_nodes(prog):
        assert node.loc.file == "examples/count.d" and node.loc.line > 0, node


def test_count_d_prints_back_identically_modulo_spacing():
    prog = d.parse(COUNT_D.read_text(), "count.d")
    assert d.print_program(prog) == "syscall:::entry\n{\n    @num[pid, execname] = count();\n}\n"


def _all_nodes(prog):
    from xtrace.frontends.d.printer import walk
    for n in walk(prog.probes):
        if isinstance(n, (ir.Expr, ir.Stmt, ir.Probe, ir.ProbePoint)):
            yield n


# ------------------------------------------------------------ accept cases

ACCEPT = [
    # probe descriptions
    "BEGIN {}",
    "END {}",
    "ERROR { printf(\"fault\\n\"); }",
    "dtrace:::BEGIN { exit(0); }",
    "syscall:::entry {}",
    "syscall::open:entry {}",
    "syscall::open*:entry {}",
    "syscall::open?at:entry {}",
    "syscall::read[v]:entry {}",
    "syscall:::return {}",
    "syscall::read: {}",
    "syscall:vmlinux:read:entry {}",
    "syscall::read:entry, syscall::write:entry {}",
    "syscall::read:entry,\nsyscall::write:entry\n{}",
    "fbt::vfs_read:entry {}",
    "fbt::vfs_*:return {}",
    "profile:::tick-1s {}",
    "profile:::tick-10ms {}",
    "profile:::tick-100hz {}",
    "profile:::tick-5sec {}",
    "tick-1s {}",
    "tracepoint:sched:sched_switch {}",
    "tracepoint:sched::sched_process_exec {}",
    "BEGIN\n{\n}\nEND\n{\n}",
    # predicates
    "syscall:::entry /pid == 1/ {}",
    "syscall:::entry /pid == 1 && arg0 / 2 > 3/ {}",
    "syscall:::entry /execname == \"bash\"/ { @[probefunc] = count(); }",
    "syscall::read:entry { self->ts = timestamp; } syscall::read:return /self->ts/ { self->ts = 0; }",
    # pragmas, comments
    "#pragma D option quiet\nBEGIN { printf(\"hi\\n\"); }",
    "#pragma D option bufsize=16m\n#pragma D option aggsortkey\nBEGIN {}",
    "/* a comment */ BEGIN { /* inner */ x = 1; // trailing\n }",
    "// line comment\nBEGIN\n{\n  x = 1; /* c */\n}",
    "#!/usr/sbin/dtrace -s\nBEGIN {}",
    # statements and expressions
    "BEGIN { x = 1 }",
    "BEGIN { x = 1; y = x + 2 * 3 - 4 / 2 % 3; }",
    "BEGIN { x = 1 << 2 | 3 & 4 ^ 5; y = ~x; z = !x; w = -x; v = +x; }",
    "BEGIN { x = 1 < 2 && 2 <= 3 || 3 > 4 && 4 >= 5 || 1 == 1 || 1 != 2; }",
    "BEGIN { x = 1 ^^ 0; }",
    "BEGIN { x = 1; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x &= 7; x |= 8; x ^= 1; x <<= 1; x >>= 1; }",
    "BEGIN { x = 0; x++; x--; ++x; --x; }",
    "BEGIN { x = 1 ? 2 : 3; y = x ? x ? 1 : 2 : 3; }",
    "BEGIN { x = 0x1F + 017 + 10u + 7UL + 'a' + '\\n'; }",
    "BEGIN { s = \"tab\\there \\\"quoted\\\" back\\\\slash 100%% \\101\"; }",
    "BEGIN { a[1, \"x\"] = 2; b = a[1, \"x\"]; a[1, \"x\"]++; }",
    "BEGIN { self->x = 1; this->y = self->x + 1; }",
    "BEGIN { @a[pid, execname] = count(); @s = sum(arg0); @mi[1] = min(2); @ma = max(3); @av = avg(4); }",
    "BEGIN { @ = count(); }",
    "BEGIN { @a = count(); printa(@a); }",
    "BEGIN { @a[execname] = count(); printa(\"%-20s %@8d\\n\", @a); }",
    "BEGIN { @a[execname] = count(); printa(\"%s\\n\", @a); }",
    "BEGIN { @a = count(); trunc(@a); }",
    "BEGIN { printf(\"%d %s %5.2x %-10s %%\\n\", pid, execname, 3, \"x\"); }",
    "BEGIN { printf(\"%*d\\n\", 5, 1); }",
    "BEGIN { exit(0); }",
    "syscall::open:entry { printf(\"%s\\n\", copyinstr(arg0)); }",
    "BEGIN { x = strlen(execname); s = strjoin(execname, \"!\"); }",
    "fbt::do_sys_open:entry { s = stringof((char *)arg1); }",
    "syscall::read:return { x = arg0 + arg1; }",
    "fbt::vfs_read:return { x = arg1; }",
    "BEGIN { x = pid + tid + ppid + uid + gid + cpu + timestamp + walltimestamp; }",
    "BEGIN { x = arg0 + arg1 + arg2 + arg3 + arg4 + arg5; s = probefunc; t = probename; }",
    "BEGIN { if (pid) { x = 1; } else { x = 2; } }",
    "BEGIN { x = 0; if (x == 1) x = 2; else if (x == 3) { x = 4; } else x = 5; }",
    "BEGIN { { x = 1; } ; ; }",
    "BEGIN { x = (1 + 2) * 3; y = -(x); z = - -x; }",
    "int x;\nstring s;\nuint64_t m[int, string];\nBEGIN { y = x; t = s; z = m[1, \"a\"]; }",
    "self int t;\nthis string u;\nBEGIN { x = self->t; }",
    "unsigned long long big;\nBEGIN { big = 18446744073709551615; }",
    "BEGIN\n/1/\n{\n}\n",
    "BEGIN { trace(pid); trace(execname); trace(1 + 2); }",
    "BEGIN { @a[1] = count(); @b[1] = sum(2); printa(@a, @b); printa(\"%d %@d %@d\\n\", @a, @b); }",
    "BEGIN { @a[\"x\", 1] = count(); printa(\"%@8u %s\\n\", @a); }",
    "BEGIN { @a = count(); trunc(@a, 3); trunc(@a, -2); trunc(@a); clear(@a); }",
    "BEGIN { @a = count(); normalize(@a, 1000); printa(@a); denormalize(@a); }",
    "BEGIN { setopt(\"aggsortkey\"); setopt(\"aggsortpos\", \"1\"); }",
    "BEGIN { printf(\"%*d|%-*.*s|%Y|%a|%S|%hhd|%lld\\n\", 5, 1, 3, 2, \"abc\", walltimestamp, arg0, \"s\", 1, 2); }",
    "BEGIN { raise(9); stop(); system(\"echo %d %s\", pid, execname); }",
]


@pytest.mark.parametrize("src", ACCEPT)
def test_accept_and_round_trip(src):
    prog = parse(src)
    printed = d.print_program(prog)
    again = parse(printed)
    assert again == prog, printed
    # Printing is a fixed point after one round.
    assert d.print_program(again) == printed


# ------------------------------------------------------------ reject cases

REJECT = [
    # (source, line, col, message fragment)
    ("BEGIN { x = y; }", 1, 13, "failed to resolve y: Unknown variable name"),
    ("BEGIN { x = 1 +; }", 1, 16, "syntax error"),
    ("BEGIN { x = 1 ", 1, 15, "syntax error"),
    ("syscall:::entry /pid/", 1, 22, "syntax error"),
    ("syscall:::entry\n", 2, 1, "syntax error"),
    ("BEGIN { x = 1 2; }", 1, 15, "syntax error"),
    ("foo:::entry {}", 1, 1, "probe description foo:::entry does not match any probes"),
    ("BEGIN {}\nlockstat:::adaptive-acquire {}", 2, 1, "lockstat provider is not supported yet"),
    ("foo:bar {}", 1, 1, "probe description ::foo:bar does not match any probes"),
    ("syscall::read:exit {}", 1, 1, "does not match any probes"),
    ("syscall::open:entry END {}", 1, 21, "unexpected blank inside a probe description"),
    ("profile:::tick-0s {}", 1, 1, "must not be zero"),
    ("profile:::tick-1fortnight {}", 1, 1, "invalid tick probe"),
    ("a:b:c:d:e {}", 1, 1, "too many ':'"),
    ("sys*:::BEGIN {}", 1, 1, "probe description sys*:::BEGIN does not match any probes"),
    ("BEGIN {\n  @a = count();\n  @a = sum(1);\n}", 3, 8, "aggregation redefined: @a\n"
     "\t current: @a = sum( )\n\tprevious: @a = count( ) : line 2"),
    ("BEGIN { @a[1] = count(); @a[1,2] = count(); }", 1, 26, "key(s)"),
    ("BEGIN { m[1] = 1; x = m[1, 2]; }", 1, 23, "key(s)"),
    ("BEGIN { x = @a; }", 1, 13, "aggregations cannot be read"),
    ("BEGIN { @a += 1; }", 1, 12, "can only be assigned with '='"),
    ("BEGIN { @a = 1; }", 1, 14, "must be assigned an aggregating function"),
    ("BEGIN { @a = count(1); }", 1, 14, "count() takes 0"),
    ("BEGIN { @a = sum(); }", 1, 14, "sum() takes 1"),
    ("BEGIN { @a = quantize(1, 2); }", 1, 14, "quantize() with an increment (argument #1) is not supported yet"),
    ("BEGIN { @a = lquantize(1, 0, 10, 20); }", 1, 14, "step too large"),
    ("BEGIN { x = 1; @a = lquantize(1, x, 10); }", 1, 34, "argument #1 must be an integer constant"),
    ("BEGIN { @a = lquantize(1, 0, 10); @a = lquantize(2, 0, 20); }", 1, 40, "do not match"),
    ("BEGIN { @a = llquantize(1, 10, 0, 3, 15); }", 1, 14, "multiple of the factor"),
    ("BEGIN { count(); }", 1, 9, "must be assigned to an aggregation"),
    ("BEGIN { x = count(); }", 1, 13, "must be assigned to an aggregation"),
    ("BEGIN { printf(\"%d\\n\"); }", 1, 9, "printf( ) prototype mismatch: conversion #1 (%d) "
     "is missing a corresponding value argument"),
    ("BEGIN { printf(\"%*d\\n\", 1); }", 1, 9, 'conversion #1 (%d) is missing a corresponding value'),
    ("BEGIN { printf(\"%s %d\\n\", \"a\", execname); }", 1, 32,
     "printf( ) argument #3 is incompatible with conversion #2 prototype:\n\tconversion: %d\n"
     "\t prototype: char, short, int, long, or long long\n\t  argument: string"),
    ("BEGIN { printf(\"%s\\n\", pid); }", 1, 24, "argument: pid_t"),
    ("BEGIN { printf(\"%f\\n\", 1); }", 1, 24, "prototype: float, double, or long double"),
    ("BEGIN { printf(\"%c\\n\", \"a\"); }", 1, 24, "prototype: char, short, or int\n"),
    ("BEGIN { printf(\"%lu\\n\", \"a\"); }", 1, 25, "conversion: %lu\n\t prototype: unsigned long"),
    ("BEGIN { printf(\"hi\\n\", 1); }", 1, 24,
     "printf( ) prototype mismatch: only 0 arguments required by this format string"),
    ("BEGIN { printf(x); }", 1, 16, "must be a string literal"),
    ("BEGIN { printf(\"%Y\", \"a\"); }", 1, 22, "prototype: int64_t"),
    ("BEGIN { printf(\"%k\", 1); }", 1, 22, "conversion: %k\n\t prototype: stack\n\t  argument: int"),
    ("BEGIN { @a[1] = count(); printa(\"%k %@d\\n\", @a); }", 1, 33,
     "conversion: %k\n\t prototype: stack\n\t  argument: key #1 of @a, not a stack"),
    ("BEGIN { printf(\"%@d\", 1); }", 1, 16,
     "%@ conversion requires an aggregation and is not for use with printf( )"),
    ("BEGIN { printf(\"%d\\x\", 1); }", 1, 19, "\\x used with no following hex digits"),
    ("BEGIN { printa(@nope); }", 1, 16, "unknown aggregation '@nope'"),
    ("BEGIN { @a[1] = count(); printa(\"%d %@d %@d\\n\", @a); }", 1, 26,
     "conversion #3 (%@d) is missing a corresponding value argument"),
    ("BEGIN { @a = count(); @b[1] = count(); printa(@a, @b); }", 1, 51, "incompatible with the keys"),
    ("BEGIN { pid = 3; }", 1, 9, "cannot assign to built-in variable 'pid'"),
    ("BEGIN { raise(); }", 1, 9, "raise( ) prototype mismatch: 0 args passed, 1 expected"),
    ("BEGIN { raise(\"x\"); }", 1, 15, "raise( ) argument #1 is incompatible"),
    ("BEGIN { stop(1); }", 1, 9, "stop( ) prototype mismatch: 1 args passed, 0 expected"),
    ("BEGIN { system(\"%d\"); }", 1, 9, "system( ) prototype mismatch: conversion #1 (%d)"),
    ("BEGIN { x = system(\"a\"); }", 1, 13, "system() is an action and has no value"),
    ("BEGIN { trace(1, 2); }", 1, 9, "trace( ) prototype mismatch: 2 args passed, 1 expected"),
    ("BEGIN { x = link_ntop(1, 2); }", 1, 13, "link_ntop() is not supported yet"),
    ("BEGIN { x = cleanpath(1); }", 1, 23, "cleanpath( ) argument #1 is incompatible with prototype"),
    ("BEGIN { x = nosuch(1); }", 1, 13, "unknown function 'nosuch'"),
    ("BEGIN { x = printf(\"a\"); }", 1, 13, "is an action"),
    ("BEGIN { x = curpsinfo; }", 1, 13, "curpsinfo is a psinfo_t *: xtrace translates its members"),
    ("BEGIN { x = curpsinfo->pr_start; }", 1, 24, "psinfo_t member pr_start is not available on Linux"),
    ("BEGIN { x = curpsinfo.pr_pid; }", 1, 23, "curpsinfo is a pointer: use '->'"),
    ("BEGIN { x = curcpu; }", 1, 13, "curcpu is a cpuinfo_t *: xtrace translates its members"),
    ("BEGIN { x = curcpu->cpu_lgrp; }", 1, 21, "cpuinfo_t member cpu_lgrp is not available on Linux"),
    ("BEGIN { x = fds[0]->fi_name; }", 1, 21, "fds[fd] is a fileinfo_t, not a pointer: use '.'"),
    ("BEGIN { x = fds[0].fi_nope; }", 1, 20, "fi_nope is not a member of fileinfo_t"),
    ("BEGIN { trace(`mpid); }", 1, 15, "kernel variable `mpid"),
    ("BEGIN { trace(curthread->t_procp->p_pidp); }", 1, 26, "not Solaris's kthread_t"),
    ("mib:::tcpInErrs {}", 1, 1, "the mib provider (Solaris's SNMP MIB counters) does not exist on Linux"),
    ("BEGIN { x = pid.y; }", 1, 16, "member operator '.'"),
    ("BEGIN { y = this->x; }", 1, 13, "unknown identifier 'this->x'"),
    ("BEGIN { x += 1; }", 1, 9, "unknown identifier 'x'"),
    ("BEGIN { x = x + 1; }", 1, 13, "failed to resolve x: Unknown variable name"),
    ("END { x = a; }\nBEGIN { a = 1; }", 1, 11, "failed to resolve a: Unknown variable name"),
    ("BEGIN { m[1] = 1; m = 2; }", 1, 19, "associative array"),
    ("BEGIN { x = 1; x[1] = 2; }", 1, 16, "is a scalar"),
    ("BEGIN { 1 = 2; }", 1, 9, "invalid assignment target"),
    ("BEGIN { x = 1; y = *x; }", 1, 20, "pointer operator"),
    ("BEGIN { y = 09; }", 1, 13, "invalid digit in octal"),
    ("BEGIN { y = 0x10000000000000000; }", 1, 13, "too large"),
    ("BEGIN { this->a[1] = 2; }", 1, 9, "D has no clause-local associative arrays"),
    ("fbt::vfs_read:return { x = arg0; }", 1, 28, "return offset"),
    ("syscall::read:entry, syscall::read:return { x = arg0; }", 1, 49, "ambiguous"),
    ("#pragma D option rawbytes\nBEGIN {}", 1, 1, "'rawbytes' is not supported yet"),
    ("#pragma D option nosuchoption\nBEGIN {}", 1, 1, "failed to set option 'nosuchoption': Invalid option name"),
    ("#pragma D option strsize=lots\nBEGIN {}", 1, 1, "Invalid value for specified option"),
    ("BEGIN {}\n#include <foo.h>\n", 2, 1, "preprocessor directive"),
    # dtrace's own control line (dt_pragma.c), no cpp needed: its text is the error
    ("BEGIN {}\n#error \"not on Linux\"\n", 2, 1, '#error "not on Linux"'),
    ("BEGIN {}\n#pragma weak x\n", 2, 1, "unknown #pragma"),
    ("int **p;\nBEGIN {}", 1, 5, "a pointer array or a pointer to a pointer"),
    ("struct file *p[int];\nBEGIN {}", 1, 13, "a pointer array or a pointer to a pointer"),
    # `&` takes the address of a kernel member only (dt_cook_op1's messages)
    ("BEGIN { x = 1; y = &x; }", 1, 20, "cannot take address of dynamic variable"),
    ("BEGIN { self->x = 1; y = &self->x; }", 1, 26, "cannot take address of dynamic variable"),
    ("BEGIN { this->x = 1; y = &this->x; }", 1, 26, "cannot take address of dynamic variable"),
    ("BEGIN { y = &pid; }", 1, 13, "cannot take address of dynamic variable"),
    ("BEGIN { a[1] = 1; y = &a[1]; }", 1, 23, "cannot take address of dynamic variable"),
    ("BEGIN { y = &1; }", 1, 13, "unacceptable operand for unary & operator"),
    ("BEGIN { y = &(arg0 + 1); }", 1, 13, "unacceptable operand for unary & operator"),
    ("BEGIN { y = &&x; }", 1, 13, "syntax error"),
    ("BEGIN { trace(inet_ntoa(\"x\")); }", 1, 25, "inet_ntoa( ) argument #1 is incompatible"),
    ("BEGIN { trace(inet_ntoa6(1, 2)); }", 1, 15, "inet_ntoa6( ) prototype mismatch: 2 args passed"),
    ("BEGIN { trace(inet_ntop(2)); }", 1, 15, "inet_ntop( ) prototype mismatch: 1 arg passed"),
    # struct foo is not the script's: the kernel's, readable through a pointer only.
    ("struct foo x;\nBEGIN {}", 1, 12, "a variable of kernel type struct foo is not supported yet"),
    ("int pid;\nBEGIN {}", 1, 5, "built-in variable"),
    ("int x; int x;\nBEGIN {}", 1, 12, "already declared"),
    ("int x;\nBEGIN { @x = count(); }", 2, 9, "both as a variable and as an aggregation"),
    ("BEGIN { @a[1] = count(); x = @a[1]; }", 1, 30, "aggregations cannot be read"),
    ("BEGIN { @a = count(); trunc(@a, \"x\"); }", 1, 33, "incompatible with prototype"),
    ("BEGIN { @a = count(); normalize(@a); }", 1, 23, "normalize( ) prototype mismatch: 1 args passed"),
    ("BEGIN { setopt(x); }", 1, 16, "must be a string literal"),
    ("#pragma D option aggsortpos=x\nBEGIN {}", 1, 1, "failed to set option 'aggsortpos' to 'x': Invalid value for specified option"),
    ("BEGIN { exit(); }", 1, 9, "exit( ) prototype mismatch: 0 args passed, 1 expected"),
    ("BEGIN { x = 'ab'; }", 1, 13, "multi-character"),
    ("BEGIN { x = 1 ? 2; }", 1, 18, "syntax error"),
    ("BEGIN { x = \"abc; }", 1, 13, "syntax error"),
]


@pytest.mark.parametrize("src,line,col,fragment", REJECT)
def test_reject(src, line, col, fragment):
    with pytest.raises(XtraceError) as info:
        parse(src, "bad.d")
    err = info.value
    assert fragment in err.message
    assert err.loc is not None
    assert (err.loc.file, err.loc.line, err.loc.col) == ("bad.d", line, col), err.render()
    assert err.source == src


# ------------------------------------------------------ lowering specifics

def test_declared_kernel_pointer_and_address_of():
    """A store to a declared `struct T *` variable is that pointer (KernelCast); `&p->m`
    is the member's address (KernelMember.addr_of); inet_ntoa is inet_ntop(AF_INET)."""
    prog = parse("self struct sockaddr_in *s;\n"
                 "syscall::connect:entry { self->s = copyin(arg1, 16); self->s = 0;\n"
                 "trace(inet_ntoa((ipaddr_t *)&self->s->sin_addr)); }")
    first, second, tr = prog.probes[0].body.stmts
    assert isinstance(first.expr.value, ir.KernelCast) and first.expr.value.ctype == "struct sockaddr_in *"
    assert second.expr.value == ir.IntLit(0)  # a clearing store stays one
    call = tr.expr
    assert call.name == "inet_ntop" and call.args[0] == ir.IntLit(2)
    addr = call.args[1].operand if isinstance(call.args[1], ir.Cast) else call.args[1]
    assert isinstance(addr, ir.KernelMember) and addr.addr_of and addr.path == ["sin_addr"]


def test_clause_locals_carried_to_a_later_clause():
    """A this-> variable a clause reads but does not set, which another clause sets,
    is kept from clause to clause (Program.options['shared_locals']); `this->n++` reads."""
    prog = parse("syscall::read:entry { this->f = 1; this->s = arg0; this->own = 2; }\n"
                 "syscall::read:entry /this->f/ { this->own = 3; trace(this->s + this->own); }\n"
                 "syscall::read:entry { this->f++; }")
    assert prog.options["shared_locals"] == ["f", "s"]
    assert "shared_locals" not in parse("BEGIN { this->a = 1; trace(this->a); }").options


def test_predicate_with_division():
    probe = parse("syscall:::entry /pid == 1 && arg0 / 2 > 3/ { }").probes[0]
    B = ir.Binary
    assert probe.predicate == B("&&", B("==", ir.Builtin("pid"), ir.IntLit(1)),
                                B(">", B("/", ir.Builtin("arg0"), ir.IntLit(2)), ir.IntLit(3)))
    assert probe.body.stmts == []


@pytest.mark.parametrize("desc,points", [
    ("syscall:::entry", [ir.ProbePoint("syscall", "*")]),
    ("syscall::open:entry", [ir.ProbePoint("syscall", "open")]),
    ("syscall::open*:entry", [ir.ProbePoint("syscall", "open*")]),
    ("syscall::read:return", [ir.ProbePoint("syscall", "read", is_return=True)]),
    ("syscall::read:", [ir.ProbePoint("syscall", "read"),
                        ir.ProbePoint("syscall", "read", is_return=True)]),
    ("syscall::read:r*", [ir.ProbePoint("syscall", "read", is_return=True)]),
    ("BEGIN", [ir.ProbePoint("begin")]),
    ("dtrace:::BEGIN", [ir.ProbePoint("begin")]),
    ("END", [ir.ProbePoint("end")]),
    ("dtrace:::END", [ir.ProbePoint("end")]),
    ("profile:::tick-1s", [ir.ProbePoint("timer", period_ns=1_000_000_000)]),
    ("profile:::tick-1sec", [ir.ProbePoint("timer", period_ns=1_000_000_000)]),
    ("profile:::tick-250ms", [ir.ProbePoint("timer", period_ns=250_000_000)]),
    ("profile:::tick-10us", [ir.ProbePoint("timer", period_ns=10_000)]),
    ("profile:::tick-100nsec", [ir.ProbePoint("timer", period_ns=100)]),
    ("profile:::tick-2m", [ir.ProbePoint("timer", period_ns=120_000_000_000)]),
    ("profile:::tick-1hour", [ir.ProbePoint("timer", period_ns=3_600_000_000_000)]),
    ("profile:::tick-4hz", [ir.ProbePoint("timer", period_ns=250_000_000)]),
    ("profile:::tick-1000", [ir.ProbePoint("timer", period_ns=1_000_000)]),
    ("tick-1s", [ir.ProbePoint("timer", period_ns=1_000_000_000)]),
    ("fbt::vfs_read:entry", [ir.ProbePoint("kfunc", "vfs_read")]),
    ("fbt::vfs_read:return", [ir.ProbePoint("kfunc", "vfs_read", is_return=True)]),
    ("fbt:vmlinux:vfs_*:entry", [ir.ProbePoint("kfunc", "vfs_*")]),
    ("tracepoint:sched:sched_switch", [ir.ProbePoint("tracepoint", "sched:sched_switch")]),
    ("tracepoint:sched::sched_switch", [ir.ProbePoint("tracepoint", "sched:sched_switch")]),
    ("sdt:sched::sched_switch", [ir.ProbePoint("tracepoint", "sched:sched_switch")]),
])
def test_probe_descriptions(desc, points):
    probe = parse(desc + " {}").probes[0]
    assert probe.points == points
    assert all(p.spelling == desc for p in probe.points)
    assert all(p.loc == Loc("t.d", 1, 1) for p in probe.points)


def test_probe_description_list_and_locations():
    probe = parse("BEGIN {}\nsyscall::read:entry,\n  syscall::write:entry {}").probes[1]
    assert [p.name for p in probe.points] == ["read", "write"]
    assert [p.loc for p in probe.points] == [Loc("t.d", 2, 1), Loc("t.d", 3, 3)]


def test_builtins():
    stmts = body("BEGIN { x = pid; x = tid; x = ppid; x = uid; x = gid; s = execname; x = cpu;"
                 " x = timestamp; x = walltimestamp; x = arg0; x = arg5; s = probefunc;"
                 " s = probename; }")
    names = [s.expr.value.name for s in stmts]
    assert names == ["pid", "tid", "ppid", "uid", "gid", "execname", "cpu", "timestamp",
                     "walltimestamp", "arg0", "arg5", "probefunc", "probename"]


def test_return_value_args():
    ret = ir.Builtin("retval")
    assert body("syscall::read:return { x = arg0; }")[0].expr.value == ret
    assert body("syscall::read:return { x = arg1; }")[0].expr.value == ret
    assert body("fbt::vfs_read:return { x = arg1; }")[0].expr.value == ret
    assert body("syscall::read:entry { x = arg0; }")[0].expr.value == ir.Builtin("arg0")
    assert body("syscall::read:return { x = arg2; }")[0].expr.value == ir.Builtin("arg2")


def test_variables_and_globals():
    prog = parse("BEGIN { x = 1; a[pid, execname] = 2; self->t = 3; this->u = 4;"
                 " x += a[pid, execname]; self->t++; --this->u; }")
    assert prog.globals == [ir.Global("x", "scalar"), ir.Global("a", "map")]
    s = prog.probes[0].body.stmts
    assert s[0].expr == ir.Assign(ir.Var("x"), "=", ir.IntLit(1))
    keys = [ir.Builtin("pid"), ir.Builtin("execname")]
    assert s[1].expr == ir.Assign(ir.Index("a", keys), "=", ir.IntLit(2))
    assert s[2].expr == ir.Assign(ir.Var("t", "thread"), "=", ir.IntLit(3))
    assert s[3].expr == ir.Assign(ir.Var("u", "local"), "=", ir.IntLit(4))
    assert s[4].expr == ir.Assign(ir.Var("x"), "+=", ir.Index("a", keys))
    assert s[5].expr == ir.IncDec(ir.Var("t", "thread"), "++", prefix=False)
    assert s[6].expr == ir.IncDec(ir.Var("u", "local"), "--", prefix=True)
    assert prog.probes[-1].points == [ir.ProbePoint("begin")]  # no aggregations, no dump


def test_declarations_carry_types():
    prog = parse("int x;\nuint64_t m[string, int];\nstring s;\nBEGIN { y = x; }")
    assert prog.globals[:3] == [
        ir.Global("x", "scalar", type=INT32),
        ir.Global("m", "map", type=UINT64, key_types=[STRING, INT32]),
        ir.Global("s", "scalar", type=STRING)]


def test_aggregations_in_first_use_order_and_anonymous():
    prog = parse("BEGIN { @b[1] = sum(arg0); @ = count(); }\nEND { @a = max(1); @b[2] = sum(3); }")
    assert [(g.name, g.agg_func) for g in prog.globals] == [("b", "sum"), ("_", "count"),
                                                            ("a", "max")]
    dump = prog.probes[-1]
    assert dump.points == [ir.ProbePoint("end")]
    assert len(prog.probes) == 3  # the dump is a new END probe after the script's END
    assert dump.body.stmts == [ir.PrintAgg("b", value_func="sum"), ir.PrintAgg("_"),
                               ir.PrintAgg("a", value_func="max")]
    upd = prog.probes[0].body.stmts[0]
    assert upd == ir.AggUpdate("b", [ir.IntLit(1)], "sum", [ir.Builtin("arg0")])


def test_printa_makes_the_final_dump_run_time():
    # dtrace's exit dump skips an aggregation a printa() printed a row of, which only
    # the run can tell (libdtrace's DTRACE_AGD_PRINTED): @a's dump is conditional
    prog = parse("BEGIN { @a = count(); @b = count(); }\nEND { printa(@a); }")
    assert prog.probes[1].body.stmts == [ir.PrintAgg("a", "dtrace", value_func="count")]
    assert prog.probes[2].body.stmts == [
        ir.PrintAgg("a", "dtrace", value_func="count", unless_printed=True),
        ir.PrintAgg("b", "dtrace", value_func="count")]


def test_printa_format():
    stmts = body("BEGIN { @a[execname, pid] = avg(1); printa(\"%-20s %5d %@8d\\n\", @a); }")
    assert stmts[1] == ir.PrintAgg("a", "format", fmt="%-20s %5d %8d\n", value_func="avg")


@pytest.mark.parametrize("conv, ir_conv", [
    ("%@8d", "%8d"), ("%8@d", "%8d"), ("%-@10u", "%-10u"), ("%@-10u", "%-10u"),
    ("%8.3@d", "%8.3d"), ("%@+6d", "%+6d"),
])
def test_printa_agg_flag_anywhere_before_the_conversion(conv, ir_conv):
    """dt_printf_create reads '@' as a flag wherever it stands, width before it or not."""
    stmts = body(f'BEGIN {{ @a["k"] = sum(1); printa("%-4s {conv}\\n", @a); }}')
    assert stmts[1].fmt == f"%-4s {ir_conv}\n"


def test_printa_agg_flag_after_width_in_several_aggregations():
    stmts = body('BEGIN { @a[1] = count(); @b[1] = sum(1); printa("%5@d %d %-3@d\\n", @a, @b); }')
    assert stmts[2].fmt == "%@5d %d %@-3d\n"


def test_only_a_run_time_dump_when_everything_is_printa_printed():
    prog = parse("BEGIN { @a = count(); printa(@a); }")
    assert len(prog.probes) == 2 and prog.probes[1].implicit
    assert all(s.unless_printed for s in prog.probes[1].body.stmts)


def test_options():
    assert parse("BEGIN {}").options["quiet"] is False
    assert parse("#pragma D option quiet\nBEGIN {}").options["quiet"] is True
    assert parse("#!/usr/sbin/dtrace -qs\nBEGIN {}").options["quiet"] is True
    assert parse("#!/usr/sbin/dtrace -s\nBEGIN {}").options["quiet"] is False
    prog = parse("#pragma D option strsize=1k\nBEGIN {}")
    assert prog.options["limits"] == {"MAXSTRINGLEN": 1025}  # 1k characters and the NUL


def test_sort_options_apply_to_every_print():
    prog = parse("BEGIN { @a = count(); @b = count(); printa(@b); }\n"
                 "#pragma D option aggsortkey\n#pragma D option aggsortrev\n")
    prints = [s for p in prog.probes for s in p.body.stmts if isinstance(s, ir.PrintAgg)]
    assert len(prints) == 3  # printa(@b), the exit dumps of @a and (unless printed) @b
    assert all(p.sort_by == "key" and p.descending for p in prints)


def test_aggsort_options_reach_the_driver():
    prog = parse("#pragma D option aggsortpos=1\n#pragma D option aggsortkeypos=2\n"
                 "#pragma D option aggsortkey\nBEGIN {}")
    assert prog.options["aggsort"] == {"aggsortpos": 1, "aggsortkeypos": 2, "aggsortkey": True}


# Which clauses DTrace frames with a record (a prefix line when not quiet):
# dtrace_ecb_resize sizes a clause whose actions all record nothing to 0, and a
# clause without actions gets the default action (dtrace-utils: DT_CLSFLAG_DATAREC).
@pytest.mark.parametrize("body,framed", [
    ("", True),
    ("x = 1;", False),
    ("@a = count();", False),
    ("@a = count(); printa(@a);", True),
    ("trace(1);", True),
    ("printf(\"hi\");", True),
    ("exit(0);", True),
    ("x = 1; if (x) { printf(\"a\"); }", True),
    ("@a = count(); clear(@a);", True),
    ("self->t = timestamp;", False),
])
def test_which_clauses_are_framed(body, framed):
    prog = parse(f"BEGIN {{ {body} }}")
    assert prog.probes[0].framed is framed


def test_implicit_end_dump_is_not_framed():
    prog = parse("BEGIN { @a = count(); }")
    assert [p.framed for p in prog.probes] == [False, False]


def test_printa_keeps_agg_flags_when_not_keys_then_value():
    prog = parse("BEGIN { @a[1] = count(); @b[1] = sum(1); printa(\"%@d %d %@d\\n\", @a, @b); "
                 "printa(\"%d %@d\\n\", @a); }")
    p1, p2 = [s for s in prog.probes[0].body.stmts if isinstance(s, ir.PrintAgg)]
    assert (p1.fmt, p1.more) == ("%@d %d %@d\n", ["b"])
    assert (p2.fmt, p2.more) == ("%d %d\n", [])  # keys then value: the neutral form


def test_empty_or_globbed_provider_reads_every_provider_of_that_shape():
    """`::read:entry` is read as the syscall and the fbt probe (each tagged with the
    description, so analysis keeps the readings that match); BEGIN stays one point."""
    pts = parse("::read:entry {}").probes[0].points
    assert [(p.kind, p.name, p.any_of, p.spelling) for p in pts] == [
        ("syscall", "read", "::read:entry", "syscall::read:entry"),
        ("kfunc", "read", "::read:entry", "fbt::read:entry")]
    pts = parse("s*scall::sync:entry {}").probes[0].points
    assert [(p.kind, p.name) for p in pts] == [("syscall", "sync")]
    assert [p.kind for p in parse(":::BEGIN {}").probes[0].points] == ["begin"]
    assert [p.kind for p in parse("*:::BEGIN, tick-1s {}").probes[0].points] == ["begin", "timer"]
    assert not any(p.any_of for p in parse("*:::BEGIN {}").probes[0].points)
    assert [p.alias for p in parse(":::exec-success {}").probes[0].points if p.alias] == [
        "proc:::exec-success"]


def test_empty_provider_keeps_the_readings_that_match():
    prog, an = _analyzed("::read:entry, [sf]*::vfs_read:return {}")
    pts = an.points[0]
    assert [(rp.point.spelling, rp.sites) for rp in pts] == [
        ("syscall::read:entry", 1), ("fbt::vfs_read:return", 1)]
    assert [p.spelling for p in prog.probes[0].points] == [
        "syscall::read:entry", "fbt::vfs_read:return"]
    assert an.n_matched == 2


def test_empty_provider_matching_nothing_is_dtraces_error_unless_zdefs():
    with pytest.raises(XtraceError, match="probe description ::nosuch:entry does not match any probes"):
        _analyzed("nosuch:entry {}")
    prog, an = _analyzed("#pragma D option zdefs\n::nosuch:entry {}")
    assert an.n_matched == 0


def test_zdefs_makes_points_optional():
    prog = parse("#pragma D option zdefs\nsyscall::nosuch:entry {}")
    assert prog.probes[0].points[0].optional


def test_printf_and_exit():
    stmts = body('BEGIN { printf("a\\tb \\"c\\" %d\\n", pid); exit(1); }')
    assert stmts == [ir.Printf('a\tb "c" %d\n', [ir.Builtin("pid")]), ir.Exit(ir.IntLit(1))]


def test_strings_and_calls():
    assert expr_of('strjoin(s, "x")') == ir.Binary(".", ir.Var("s"), ir.StrLit("x"))
    assert expr_of("strlen(s)") == ir.Call("strlen", [ir.Var("s")])
    assert expr_of("copyinstr(a)") == ir.Call("user_string", [ir.Var("a")])
    assert expr_of("stringof((char *)a)") == ir.Call("kernel_string", [ir.Var("a")])


def test_expressions():
    B, U, V, I = ir.Binary, ir.Unary, ir.Var, ir.IntLit
    assert expr_of("a + b * c") == B("+", V("a"), B("*", V("b"), V("c")))
    assert expr_of("(a + b) * c") == B("*", B("+", V("a"), V("b")), V("c"))
    assert expr_of("a - b - c") == B("-", B("-", V("a"), V("b")), V("c"))
    assert expr_of("a ? b : c ? a : b") == ir.Ternary(V("a"), V("b"), ir.Ternary(V("c"), V("a"), V("b")))
    assert expr_of("-5") == I(-5)
    assert expr_of("-a") == U("-", V("a"))
    assert expr_of("a ^^ b") == B("!=", U("!", V("a")), U("!", V("b")))
    assert expr_of("a = b = 3") == ir.Assign(V("a"), "=", ir.Assign(V("b"), "=", I(3)))
    assert expr_of("0x10 + 010 + 'A'") == B("+", B("+", I(16), I(8)), I(65))
    assert expr_of("m[1, 2]") == ir.Index("m", [I(1), I(2)])


def test_if_else_bodies_keep_their_braces():
    # a lone statement without braces is that statement, as stap and Vue lower it,
    # so `if (c) exit(0);` reads back the same from a translation
    stmts = body("BEGIN { x = 1; if (x) x = 2; else if (x > 2) x = 3; else { x = 4; } }")
    iff = stmts[1]
    assert isinstance(iff.then, ir.ExprStmt)
    assert isinstance(iff.else_, ir.If) and isinstance(iff.else_.then, ir.ExprStmt)
    assert isinstance(iff.else_.else_, ir.Block) and len(iff.else_.else_.stmts) == 1
    # what takes no statement or several is a Block
    assert body("BEGIN { if (1) ; }")[0].then == ir.Block([])


def test_if_arms_print_with_braces_as_the_ir_has_them():
    src = "BEGIN { x = 1; if (x) x = 2; else if (x > 2) { x = 3; } else x = 4; }"
    text = d_print(src)
    assert ("    if (x)\n        x = 2;\n    else if (x > 2) {\n        x = 3;\n"
            "    } else\n        x = 4;\n") in text, text
    assert parse(text).probes == parse(src).probes
    # an if as the arm of an if with an else takes braces (the else would be the inner one's)
    inner = ir.If(ir.IntLit(2), ir.Exit(ir.IntLit(0)))
    prog = ir.Program("p.d", "d", [], [ir.Probe([ir.ProbePoint("begin")], ir.Block([
        ir.If(ir.IntLit(1), inner, ir.Exit(ir.IntLit(1)))]))])
    back = parse(d.print_program(prog)).probes[0].body.stmts[0]
    assert back.then == ir.Block([inner]) and back.else_ == ir.Exit(ir.IntLit(1))


def d_print(src: str) -> str:
    return d.print_program(parse(src))


def test_comments_are_carried():
    prog = parse("/* clause comment */\nBEGIN\n{\n  // first\n  x = 1;\n  /* last */\n}")
    assert prog.probes[0].comments == ["clause comment"]
    assert prog.probes[0].body.stmts == [ir.Comment("first"), ir.ExprStmt(
        ir.Assign(ir.Var("x"), "=", ir.IntLit(1))), ir.Comment("last")]


# --------------------------------------------------------------- printer

def test_print_escapes_survive():
    fmt = 'q"uote\\back %d%% new\nline\ttab\x01\n'
    prog = ir.Program("p.d", "d", [], [ir.Probe([ir.ProbePoint("begin")], ir.Block([
        ir.Printf(fmt, [ir.IntLit(1)])]))])
    out = d.print_program(prog)
    assert r'printf("q\"uote\\back %d%% new\nline\ttab\001\n", 1);' in out
    assert parse(out, "p.d").probes[0].body.stmts[0].fmt == fmt


def test_encode_decode_are_inverse():
    for s in ["", "plain", 'a"b', "a\\b", "\n\t\r\a\b\f\v", "\x00\x7f\x1b1", "%d %s %%"]:
        assert decode_escapes(encode_string(s)[1:-1]) == s


@pytest.mark.parametrize("point,text", [
    (ir.ProbePoint("syscall", "*"), "syscall:::entry"),
    (ir.ProbePoint("syscall", "open"), "syscall::open:entry"),
    (ir.ProbePoint("syscall", "open", is_return=True), "syscall::open:return"),
    (ir.ProbePoint("kfunc", "vfs_read", is_return=True), "fbt::vfs_read:return"),
    (ir.ProbePoint("timer", period_ns=1_000_000_000), "profile:::tick-1s"),
    (ir.ProbePoint("timer", period_ns=100_000_000), "profile:::tick-100ms"),
    (ir.ProbePoint("timer", period_ns=1_500), "profile:::tick-1500ns"),
    (ir.ProbePoint("timer", period_ns=60_000_000_000), "profile:::tick-1m"),
    # a tracepoint behind a D provider probe is that probe; others are named as such
    (ir.ProbePoint("tracepoint", "sched:sched_switch"), "sched:::off-cpu"),
    (ir.ProbePoint("tracepoint", "sched:sched_process_free"), "tracepoint:sched::sched_process_free"),
    (ir.ProbePoint("begin"), "BEGIN"),
    (ir.ProbePoint("end"), "END"),
])
def test_print_probe_points(point, text):
    prog = ir.Program("p.d", "d", [], [ir.Probe([point], ir.Block([]))])
    out = d.print_program(prog)
    assert out.splitlines()[0] == text
    assert parse(out, "p.d").probes[0].points == [point]


def test_print_retval():
    prog = parse("syscall::read:return { x = arg0; }\nfbt::vfs_read:return { y = arg1; }")
    out = d.print_program(prog)
    assert "x = arg0;" in out and "y = arg1;" in out


def test_print_rejects_retval_at_entry():
    prog = ir.Program("p.d", "d", [ir.Global("x", "scalar")], [ir.Probe(
        [ir.ProbePoint("syscall", "read")],
        ir.Block([ir.ExprStmt(ir.Assign(ir.Var("x"), "=", ir.Builtin("retval")))]))])
    with pytest.raises(XtraceError, match="return value"):
        d.print_program(prog)


def test_print_explicit_printa_kept():
    src = "BEGIN { @a[1] = count(); }\ntick-1s { printa(\"%d %@d\\n\", @a); }\n"
    out = d.print_program(parse(src))
    assert 'printa("%d %@d\\n", @a);' in out
    assert "END" not in out


def test_print_omits_only_the_implicit_dump():
    src = "BEGIN { @a = count(); @b = count(); }\nEND { printf(\"bye\\n\"); printa(@a); }"
    prog = parse(src)
    out = d.print_program(prog)
    assert out.count("END") == 1 and "printa(@a);" in out and "printa(@b)" not in out
    assert parse(out) == prog


def _stap_like_count(fmt: str, func: str = "stats", read: str = "count",
                     blank: bool = False) -> ir.Program:
    """What a stap count script lowers to: stats aggregate, foreach-printf in END."""
    pid = ir.Builtin("pid", type=INT32)
    execname = ir.Builtin("execname", type=STRING)
    end = [ir.Printf("\n", [])] if blank else []
    end.append(ir.PrintAgg("num", "format", fmt=fmt, value_func=read))
    return ir.Program("count.stp", "stap", [ir.Global("num", "agg", agg_func=func)], [
        ir.Probe([ir.ProbePoint("syscall", "*")],
                 ir.Block([ir.AggUpdate("num", [pid, execname], func,
                                        [] if func == "count" else [ir.IntLit(1)])])),
        ir.Probe([ir.ProbePoint("end")], ir.Block(end)),
    ])


COUNT_FROM_STAP = ("#pragma D option quiet\n\n"
                   "syscall:::entry\n{\n    @num[pid, execname] = count();\n}\n")


@pytest.mark.parametrize("fmt", [" %8d  %-50s %16d\n", " %8d  %-50s %16lld\n"])
@pytest.mark.parametrize("blank", [False, True])
def test_stap_count_prints_as_count_d(fmt, blank):
    # The END dump equals D's own (blank line, default row layout): it is left implicit.
    assert d.print_program(_stap_like_count(fmt, blank=blank)) == COUNT_FROM_STAP


def test_foreign_programs_print_quiet_d_programs_only_if_asked():
    prog = parse("BEGIN { exit(0); }")
    assert "quiet" not in d.print_program(prog)
    prog.lang, prog.options = "stap", {}
    assert d.print_program(prog).startswith("#pragma D option quiet\n")
    prog.options = {"quiet": False}
    assert "quiet" not in d.print_program(prog)


def test_stap_count_with_other_format_uses_printa():
    out = d.print_program(_stap_like_count("%d %s %d\n"))
    assert 'printa("%d %s %@d\\n", @num);' in out
    prog = parse(out)
    assert prog.probes[1].body.stmts == [
        ir.PrintAgg("num", "format", fmt="%d %s %d\n", value_func="count")]


def test_stats_read_as_sum_prints_sum():
    out = d.print_program(_stap_like_count("%d %s %d\n", read="sum"))
    assert "@num[pid, execname] = sum(1);" in out


def test_stats_read_two_ways_are_one_aggregation_per_statistic():
    prog = _stap_like_count("%d %s %d\n")
    prog.probes[1].body.stmts.append(ir.PrintAgg("num", "format", fmt="%d %s %d\n",
                                                 value_func="max"))
    out = d.print_program(prog)
    assert "@num_count[pid, execname] = count();" in out and "@num_max[pid, execname] = max(1);" in out
    assert 'printa("%d %s %@d\\n", @num_count);' in out and 'printa("%d %s %@d\\n", @num_max);' in out


def test_stats_read_two_ways_in_an_expression_is_an_error():
    prog = _stap_like_count("%d %s %d\n")
    prog.probes[1].body.stmts.append(ir.Printf("%d\n", [ir.Binary(
        "+", ir.AggRead("num", [], "max"), ir.IntLit(1))]))
    with pytest.raises(XtraceError, match="single statistic"):
        d.print_program(prog)


def test_default_row_format():
    assert default_row_format([INT32, STRING]) == " %8d  %-50s %16d\n"
    assert default_row_format([INT64]) == " %16d %16d\n"
    assert default_row_format([]) == " %16d\n"


def test_print_limit_and_sort():
    prog = _stap_like_count("%d %s %d\n")
    prog.probes[1].body.stmts[0].limit = 10
    prog.probes[1].body.stmts[0].descending = True
    out = d.print_program(prog)
    assert "#pragma D option aggsortrev" in out
    assert "trunc(@num, 10);" in out


def test_print_unprinted_aggregation_is_truncated():
    prog = _stap_like_count("%d %s %d\n")
    prog.probes[1].body.stmts = []
    out = d.print_program(prog)
    assert out.rstrip().endswith("END\n{\n    trunc(@num);\n}")


def test_print_mixed_sort_orders_set_each_with_setopt():
    prog = _stap_like_count("%d %s %d\n")
    prog.probes[1].body.stmts.append(ir.PrintAgg("num", "dtrace", sort_by="key"))
    out = d.print_program(prog)
    assert "#pragma D option aggsort" not in out
    end = out[out.index("END"):]
    assert end.index('setopt("aggsortkey", "unset");') < end.index('printa("%d %s %@d\\n", @num);') \
        < end.index('setopt("aggsortkey");') < end.index("printa(@num);")


def test_print_quiet_and_declarations():
    prog = parse("#pragma D option quiet\nint x;\nBEGIN { printf(\"%d\\n\", x); }")
    out = d.print_program(prog)
    assert out.startswith("#pragma D option quiet\n\nint x;\n")  # as it was declared


def test_print_declares_typed_foreign_globals():
    prog = ir.Program("p.stp", "stap", [ir.Global("n", "scalar", type=INT64, init=ir.IntLit(5))], [
        ir.Probe([ir.ProbePoint("end")],
                 ir.Block([ir.Printf("%d\n", [ir.Var("n")]), ir.Next()]))])
    out = d.print_program(prog)  # a `next` that ends the clause leaves nothing to do
    assert "next" not in out
    assert "int64_t n;" in out and "BEGIN\n{\n    n = 5;\n}" in out


def test_print_string_append_and_delete():
    prog = ir.Program("p.stp", "stap", [ir.Global("s", "scalar", type=STRING),
                                        ir.Global("m", "map", type=INT64, key_types=[INT64])], [
        ir.Probe([ir.ProbePoint("begin")], ir.Block([
            ir.ExprStmt(ir.Assign(ir.Var("s"), ".=", ir.StrLit("x"))),
            ir.Delete("m", [ir.IntLit(1)])]))])
    out = d.print_program(prog)
    assert 's = strjoin(s, "x");' in out and "m[1] = 0;" in out


@pytest.mark.parametrize("stmt,fragment", [
    # (m stores a 0: for an array nothing stores into, `1 in m` is `m[1] != 0`)
    (ir.Block([ir.ExprStmt(ir.Assign(ir.Index("m", [ir.IntLit(2)]), "=", ir.IntLit(0))),
               ir.ExprStmt(ir.InMap([ir.IntLit(1)], "m"))]), "'in'"),
    (ir.ExprStmt(ir.AggRead("a", [], "count")), "aggregation value"),
    (ir.ExprStmt(ir.Call("nosuch", [])), "function 'nosuch'"),
    (ir.ExprStmt(ir.Builtin("argstr")), "'argstr'"),
    (ir.Delete("m", None), "`delete m` clears every element"),
    (ir.PrintVar("m"), "auto-print"),
])
def test_print_rejects(stmt, fragment):
    prog = ir.Program("p.stp", "stap", [ir.Global("m", "map"), ir.Global("a", "agg", agg_func="count")], [
        ir.Probe([ir.ProbePoint("begin")], ir.Block([
            ir.AggUpdate("a", [], "count", []), ir.PrintAgg("a"), stmt]))])
    with pytest.raises(XtraceError, match=fragment):
        d.print_program(prog)


def test_print_parenthesises_by_precedence():
    V, B, U = ir.Var, ir.Binary, ir.Unary
    cases = [
        B("*", B("+", V("a"), V("b")), V("c")),
        B("-", V("a"), B("-", V("b"), V("c"))),
        U("-", U("-", V("a"))),
        U("!", B("==", V("a"), V("b"))),
        ir.Ternary(ir.Ternary(V("a"), V("b"), V("c")), V("a"), V("b")),
        B("+", ir.Assign(V("a"), "=", V("b")), V("c")),
    ]
    globals_ = [ir.Global(n, "scalar") for n in "abcx"]
    for e in cases:
        prog = ir.Program("p.d", "d", globals_, [ir.Probe([ir.ProbePoint("begin")], ir.Block(
            [ir.ExprStmt(ir.Assign(V(n), "=", ir.IntLit(0))) for n in "abc"]
            + [ir.ExprStmt(ir.Assign(V("x"), "=", e))]))])
        out = d.print_program(prog)
        assert parse(out, "p.d") == prog, out


# ------------------------------------------------------- generated parser

@pytest.mark.skipif(shutil.which("java") is None, reason="the ANTLR tool needs java")
def test_generated_parser_is_fresh(tmp_path):
    from xtrace.grammars import regen
    regen.generate(tmp_path, only="d")
    committed = regen.GENERATED_DIR / "d"
    for fresh in sorted((tmp_path / "d").glob("*.py")):
        assert filecmp.cmp(fresh, committed / fresh.name, shallow=False), fresh.name


def test_kernel_members_lower_to_kernel_member_reads():
    # `->` reads through a pointer; `.` extends the same read into a struct member.
    e = expr_of("curthread->se.on_rq")
    assert e == ir.KernelMember(ir.Builtin("curthread"), ["se", "on_rq"])
    e = expr_of("((struct file *)a)->f_path.dentry->d_flags")
    assert e == ir.KernelMember(ir.KernelMember(ir.KernelCast(ir.Var("a"), "struct file *"),
                                                ["f_path", "dentry"]), ["d_flags"])
    assert expr_of("stringof(curthread->comm)") == ir.Call(
        "kernel_string", [ir.KernelMember(ir.Builtin("curthread"), ["comm"])])
    assert expr_of("(union bpf_attr *)b") == ir.KernelCast(ir.Var("b"), "union bpf_attr *")

# ------------------------------------------------ core semantics (issue 4)

def _analyzed(src: str):
    """Parse and analyze against a tiny fake kernel (read/write/openat syscalls)."""
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    prog = d.parse(src, "t.d")
    target = KernelTarget("test", Path("/nonexistent"), {"read": 0, "write": 1, "openat": 257},
                          functions={"vfs_read"})
    return prog, analyze(prog, target)


def _printf_args(prog: ir.Program) -> list[ir.Expr]:
    return [a for p in prog.probes for s in ir.walk(p.body) if isinstance(s, ir.Printf)
            for a in s.args]


@pytest.mark.parametrize("cast,bits,signed", [
    ("char", 8, True), ("unsigned char", 8, False), ("short", 16, True),
    ("int", 32, True), ("unsigned int", 32, False), ("long long", 64, True),
    ("unsigned long long", 64, False), ("uint32_t", 32, False), ("int64_t", 64, True),
    ("pid_t", 32, True), ("char *", 64, False),
])
def test_casts_lower_to_cast_nodes(cast, bits, signed):
    prog = d.parse(f"BEGIN {{ x = ({cast})arg0; }}", "t.d")
    cast_node = prog.probes[0].body.stmts[0].expr.value
    assert isinstance(cast_node, ir.Cast)
    assert (cast_node.to.bits, cast_node.to.signed) == (bits, signed)


def test_typedef_cast_does_not_swallow_subtraction():
    prog = d.parse("BEGIN { y = 1; x = (y) - 1; z = (uint32_t)-1; }", "t.d")
    x, z = prog.probes[0].body.stmts[1].expr.value, prog.probes[0].body.stmts[2].expr.value
    assert isinstance(x, ir.Binary) and x.op == "-"
    assert isinstance(z, ir.Cast) and z.operand == ir.IntLit(-1)


def test_cast_prints_back():
    src = "BEGIN\n{\n\tx = (unsigned char)arg0;\n}\n"
    prog = d.parse(src, "t.d")
    again = d.parse(d.print_program(prog), "t.d")
    assert again == prog


@pytest.mark.parametrize("expr,value", [
    ("sizeof(char)", 1), ("sizeof(short)", 2), ("sizeof(int)", 4), ("sizeof(long)", 8),
    ("sizeof(uint64_t)", 8), ("sizeof(char *)", 8), ("sizeof (int)1", 4),
    ("sizeof(pid)", 4), ("sizeof(timestamp)", 8), ("sizeof((short)1)", 2),
    ("sizeof(string)", 256),
])
def test_sizeof_is_a_constant(expr, value):
    prog = d.parse(f"BEGIN {{ x = {expr}; }}", "t.d")
    assert prog.probes[0].body.stmts[0].expr.value == ir.IntLit(value)


def test_sizeof_string_follows_strsize():
    prog = d.parse("#pragma D option strsize=32\nBEGIN { x = sizeof(string); }", "t.d")
    assert prog.probes[0].body.stmts[0].expr.value == ir.IntLit(32)


def test_inline_constant_is_substituted_with_its_type():
    prog = d.parse("inline int LIMIT = 3;\ninline string WHO = \"me\";\ninline long BIG = 3;\n"
                   "BEGIN { x = LIMIT * 2; y = WHO; z = BIG; }", "t.d")
    x = prog.probes[0].body.stmts[0].expr.value
    # an int constant is already an int: no conversion (nor a cast in a translation)
    assert x == ir.Binary("*", ir.IntLit(3), ir.IntLit(2))
    assert prog.probes[0].body.stmts[2].expr.value == ir.Cast(INT64, ir.IntLit(3))
    assert prog.probes[0].body.stmts[1].expr.value == ir.StrLit("me")
    assert prog.global_named("LIMIT") is None


def test_inline_redeclared_is_an_error():
    with pytest.raises(XtraceError, match="identifier redeclared"):
        d.parse("inline int A = 1;\ninline int A = 2;\nBEGIN {}", "t.d")


def test_increment_declares_a_variable():
    prog = d.parse("tick-1s { i++; } tick-1s /i == 5/ { exit(0); }", "t.d")
    assert prog.global_named("i").kind == "scalar"
    prog = d.parse("BEGIN { ++self->n; this->k--; }", "t.d")
    assert prog.probes[0].body.stmts[0].expr.target == ir.Var("n", "thread")


@pytest.mark.parametrize("src,message,line", [
    ("BEGIN\n{\n\tx = ;\n}\n", 'syntax error near ";"', 3),
    ("BEGIN\n{\n\texit(0);\n", "syntax error near end of input", 4),
    ("BEGIN { x = 1 2; }", 'syntax error near "2"', 1),
    ("BEGIN { @0 = count(); }", 'syntax error near "0"', 1),  # an aggregation name starts with a letter
    # what dt_lex.l itself rejects, with its words
    ("BEGIN { x = 1.5; }", "floating-point constants are not permitted", 1),
    ("BEGIN { x = 2e3; }", "floating-point constants are not permitted", 1),
    ('BEGIN { x = "ab\n"; }', "newline encountered in string literal", 1),
    ("BEGIN { x = 'a\n'; }", "newline encountered in character constant", 1),
    ("BEGIN { x = ''; }", "empty character constant", 1),
    ("BEGIN { x = 1; }\n/* never closed\n", "end-of-file encountered before matching */", 2),
    ("BEGIN\n{\n\tprintf(\"%d\\n\", y);\n}\n", "failed to resolve y: Unknown variable name", 3),
    ("BEGIN\n{\n\texit();\n}\n", "exit( ) prototype mismatch: 0 args passed, 1 expected", 3),
    ("BEGIN { exit(1, 2); }", "exit( ) prototype mismatch: 2 args passed, 1 expected", 1),
    ("nosuchprovider:::entry\n{\n}\n",
     "probe description nosuchprovider:::entry does not match any probes", 1),
])
def test_compile_errors_in_dtrace_wording(src, message, line):
    with pytest.raises(XtraceError) as info:
        d.parse(src, "t.d")
    assert info.value.message == message
    assert info.value.loc.line == line


def test_version_numbers_in_probe_descriptions_are_not_floats():
    """`libc.so.6`, `libssl.so.1.1`: a module name's dotted digits are part of the
    probe description, not a floating-point constant."""
    point = d.parse("pid123:libssl.so.1.1:SSL_read:entry { }", "t.d").probes[0].points[0]
    assert (point.binary, point.name, point.pid) == ("libssl.so.1.1", "SSL_read", 123)


def test_unmatched_syscall_in_dtrace_wording():
    with pytest.raises(XtraceError) as info:
        _analyzed("syscall::nosuch:entry { }")
    assert info.value.message == "probe description syscall::nosuch:entry does not match any probes"


@pytest.mark.parametrize("expr,bits,signed", [
    ("1", 32, True), ("-1", 32, True), ("2147483648", 64, True), ("1 + 2", 32, True),
    ("1 + arg0", 64, True), ("(char)1 + (char)2", 32, True), ("(unsigned)1 + 2", 32, False),
    ("(long long)1 << 40", 64, True), ("1 == 2", 32, True), ("pid", 32, True),
    ("tid", 32, True), ("arg0", 64, True), ("(uint32_t)arg0", 32, False),
    ("(unsigned long long)-1", 64, False), ("errno", 32, True), ("-(short)3", 32, True),
])
def test_d_integer_types(expr, bits, signed):
    prog, _ = _analyzed(f'syscall::read:entry {{ printf("%d", {expr}); }}')
    t = _printf_args(prog)[0].type
    assert (t.bits, t.signed) == (bits, signed)


def test_thread_locals_are_typed_and_numbered():
    prog, an = _analyzed("syscall::openat:entry { self->path = copyinstr(arg1); self->ts = timestamp; }\n"
                         "syscall::openat:return /self->ts/ { printf(\"%s %d\", self->path, "
                         "timestamp - self->ts); self->path = 0; self->ts = 0; }")
    assert list(an.thread_vars) == ["path", "ts"]
    assert an.thread_vars["path"] == STRING and an.thread_vars["ts"] == INT64


def test_thread_local_type_mismatch_is_an_error():
    with pytest.raises(XtraceError, match=r"operands have incompatible types: \"int\" = \"string\""):
        _analyzed('BEGIN { self->x = 1; self->x = "a"; }')


def test_thread_local_codegen_uses_the_dynamic_variable_table():
    from xtrace.backend_c.codegen import generate
    _, an = _analyzed("syscall::read:entry { self->ts = timestamp; }\n"
                      "syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); "
                      "self->ts = 0; }")
    mod = generate(an, {"DYNVARSIZE": 4096})
    assert "xt_tls.h" in mod.headers
    assert "xt_tls_alloc(&xt_tls, 8, 4096ULL)" in mod.c_source
    assert "xt_tls_delete(&xt_tls, e_)" in mod.c_source and "xt_tls_drop()" in mod.c_source


def test_printf_ships_argument_widths():
    from xtrace.backend_c.codegen import generate
    # each at its own type's width (libdtrace reads a char's record as one byte), and
    # which are unsigned: a plain %d shows them as %u does
    _, an = _analyzed('BEGIN { printf("%x %u %s %d %d %d", -1, -1, execname, (char)-1, 1LL << 40, '
                      '(unsigned short)1); }')
    fmt = next(f for f in generate(an).manifest["formats"] if f["fmt"].startswith("%x"))
    assert fmt["bits"] == [32, 32, None, 8, 64, 16]
    assert fmt["unsigned"] == [False, False, False, False, False, True]


@pytest.mark.parametrize("probe,values", [
    ("BEGIN", ('"dtrace"', '""', '""', '"BEGIN"')),
    ("END", ('"dtrace"', '""', '""', '"END"')),
    ("syscall::read:entry", ('"syscall"', '"vmlinux"', "c->probefunc", "c->probename")),
    ("fbt::vfs_read:return", ('"fbt"', '"vmlinux"', "c->probefunc", "c->probename")),
])
def test_probe_description_builtins(probe, values):
    from xtrace.backend_c.codegen import CodeGen
    prog, an = _analyzed(f'{probe} {{ printf("%s %s %s %s", probeprov, probemod, probefunc, '
                         'probename); }')
    gen = CodeGen(an)
    gen.probe_kind = {p.kind for p in prog.probes[0].points}
    got = tuple(gen.builtin_str(a) for a in _printf_args(prog))
    assert got == values


def test_casts_translate_to_stap_masks_and_vue_casts():
    from xtrace.driver.translate import translate_text
    src = ('#pragma D option quiet\n'
           'syscall::read:entry { x = (int)arg0; y = (unsigned char)arg1; printf("%d %d", x, y); }')
    stp = translate_text(src, "t.d", "d", "stp")
    assert "x = fd" in stp  # a 32-bit argument is the tapset's variable holding it
    wide = translate_text("#pragma D option quiet\nBEGIN { z = 7; x = (int)(z * 3); printf(\"%d\", x); }",
                          "t.d", "d", "stp")
    # C's (int) is the named helper (the masks are its body), as for a D int's arithmetic
    assert "x = dtrace_int(z * 3)" in wide and "function dtrace_int:long(v:long)" in wide, wide
    assert "y = long_arg(2) & 0xff\n" in stp
    vue = translate_text(src, "t.d", "d", "e")
    # the variables take the casts' types, and a store into them converts as the cast did
    assert "__global int x;" in vue and "__global unsigned char y;" in vue
    assert "x = __arg1;" in vue and "y = __arg2;" in vue


def test_declared_thread_local_type_holds_before_assignment():
    prog, an = _analyzed('self string s;\nBEGIN { printf("[%s]", self->s); }\nEND { self->s = "x"; }')
    assert an.thread_vars == {"s": STRING}
    assert _printf_args(prog)[0].type == STRING


def test_dynvarsize_sizes_the_thread_local_table():
    from xtrace.driver.cli import _dtrace_options
    assert _dtrace_options(["dynvarsize=4k"])["DYNVARSIZE"] == 4096
    prog = d.parse("#pragma D option dynvarsize=2m\nBEGIN { self->x = 1; }", "t.d")
    assert prog.options["limits"]["DYNVARSIZE"] == 2 << 20


def test_string_thread_local_as_condition():
    from xtrace.backend_c.codegen import generate
    _, an = _analyzed('syscall::openat:entry { self->p = copyinstr(arg1); }\n'
                      'syscall::openat:return /self->p/ { self->p = 0; }')
    src = generate(an).c_source
    assert "[0] != 0))" in src  # a string condition tests for a non-empty value


def test_destructive_actions_lower_and_are_flagged():
    prog = parse('BEGIN { raise(10); stop(); system("kill %d", pid); }')
    raise_, stop, system = prog.probes[0].body.stmts
    assert raise_ == ir.Raise(ir.IntLit(10)) and stop == ir.Raise(ir.IntLit(19))
    assert isinstance(system, ir.System) and system.fmt == "kill %d"
    assert prog.options.get("uses_destructive") and not prog.options.get("destructive")
    assert parse("#pragma D option destructive\nBEGIN { }").options.get("destructive")
    assert not parse("BEGIN { printf(\"x\"); }").options.get("uses_destructive")


def test_provider_args_are_translated_from_the_tracepoint():
    prog = parse('proc:::create { x = args[0]->pr_pid; s = args[0]->pr_fname; }\n'
                 'io:::start { y = args[0]->b_bcount; t = args[1]->dev_statname; }\n'
                 'proc:::signal-send { z = args[2]; }\n'
                 'tracepoint:sched::sched_process_fork { w = args[1]; }')
    create, io, send, tp = (p.body.stmts for p in prog.probes)
    pid = create[0].expr.value
    assert isinstance(pid, ir.Translated) and pid.text == "args[0]->pr_pid"
    assert pid.value == ir.KernelMember(ir.ProbeArg("child"), ["tgid"])
    assert io[1].expr.value.value == ir.KernelMember(
        ir.KernelMember(ir.KernelMember(ir.ProbeArg("rq"), ["q"]), ["disk"]), ["disk_name"])
    assert send[0].expr.value.value == ir.ProbeArg("sig")
    assert tp[0].expr.value == ir.Builtin("arg1")  # a plain tracepoint keeps its raw args


def test_provider_arg_constants_from_dtrace_libraries():
    stmts = body("BEGIN { x = B_READ; y = SIGKILL; z = CLD_KILLED; }")
    assert [s.expr.value.value for s in stmts] == [0x40, 9, 2]


@pytest.mark.parametrize("src, fragment", [
    ("io:::start { x = args[2]->fi_mount; }",
     "fileinfo_t member fi_mount is not available on Linux: a block request reaches its file"),
    ("proc:::create { x = args[0]->pr_start; }",
     "psinfo_t member pr_start is not available on Linux: sched_process_fork carries"),
    ("proc:::create { x = args[0]->nope; }", "nope is not a member of psinfo_t"),
    ("proc:::exec-success { x = args[0]; }", "proc:::exec-success has no args[0] (its arguments: none)"),
    ("proc:::exit { x = args[0]->pr_pid; }", "args[0] of proc:::exit is an int, not a pointer"),
    ("proc:::create { x = args[0]; }", "args[0] of proc:::create is a psinfo_t *"),
    ("proc:::create, syscall::read:entry { x = args[0]->pr_pid; }", "other kinds of probes"),
])
def test_provider_arg_errors_name_what_linux_lacks(src, fragment):
    with pytest.raises(XtraceError) as info:
        parse(src)
    assert fragment in info.value.message and info.value.loc.line == 1


@pytest.mark.parametrize("src", [
    # Constructs of the DTraceToolkit (execsnoop, iosnoop, cpuwalk.d) and one-liners.
    'io:genunix::start { x = args[0]->b_edev; }',
    'proc:::exec-success { s = (char *)curpsinfo->pr_psargs; }',
    'BEGIN { 0 ? printf("a") : 1; 1 ? printf("b") : printf("c"); }',
    'inline int MAX = 1024; BEGIN { @ = lquantize(cpu, 0, MAX, MAX / 1024); }',
    'syscall::read:entry { @[fds[arg0].fi_fs, fds[arg0].fi_pathname] = sum(arg2); }',
    'BEGIN { printf("%s %s %d", cwd, zonename, curpsinfo->pr_projid); }',
    'profile-997 /arg1/ { @[execname] = count(); }',
    'BEGIN { x = vtimestamp; }',
])
def test_real_script_constructs_parse(src):
    prog = parse(src)
    assert prog.probes


def test_a_macro_argument_left_for_a_translation_is_a_script_argument():
    """A run substitutes $1 before parsing (driver/passes.py); a script parsed to be
    translated keeps it, as the argument of the translated script."""
    from xtrace.ir import nodes as ir
    prog = parse('#pragma D option defaultargs\nBEGIN { x = $1; y = $$2; }', "t.d")
    x, y = (s.expr.value for s in prog.probes[0].body.stmts[:2])
    assert x == ir.ScriptArg(1, as_string=False, optional=True)
    assert y == ir.ScriptArg(2, as_string=True, optional=True)
    assert parse('BEGIN { x = $3; }', "t.d").probes[0].body.stmts[0].expr.value.optional is False


@pytest.mark.parametrize("src, message", [
    ('BEGIN { x = "a" * 2; }', "operator * requires operands of arithmetic type"),
    ('BEGIN { x = execname % 2; }', "operator % requires operands of integral type"),
    ('BEGIN { x = execname == 1; }', 'operands have incompatible types: "string" == "int"'),
    ('BEGIN { x = 1; x = "a"; }', 'operands have incompatible types: "int" = "string"'),
    ('int x; BEGIN { x = "s"; }', 'operands have incompatible types: "int" = "string"'),
])
def test_operand_type_errors_use_dtraces_words(src, message):
    """dt_cook_op2's D_OP_ARITH, D_OP_INT and D_OP_INCOMPAT messages."""
    with pytest.raises(XtraceError) as info:
        _analyzed(src)
    assert info.value.message == message


def test_an_ident_line_is_dtraces_own_control_line_and_means_nothing():
    # (dt_pragma.c lists #ident beside #line and #error: no cpp needed; it records
    # an identification string nowhere)
    prog = parse('#ident "@(#)count.d 1.1"\nBEGIN { exit(0); }\n', "t.d")
    assert [p.points[0].kind for p in prog.probes] == ["begin"]
