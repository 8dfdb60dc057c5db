"""stap's syscall `argstr` ported to D and Vue: the syscall's arguments written out
in the format stap's tapset writes them (frontends/argstr_port.py; Vue, with no
string of a number, prints a symbolic one piece by piece: frontends/argstr_printed.py).
That the ports print what stap prints runs in the sandbox: the matrix's stap -> d
cells of sys_openat_argstr, sys_openat_argstr_kept, sys_openat_flags_argstr,
sys_openat_creat_mode, sys_openat_cloexec, sys_openat_vars, nd_syscall_openat,
sys_exit_group, sys_fcntl_dupfd, sys_kill_sigterm, sys_renameat2, sys_fadvise64,
sys_getrandom_getcwd, sys_mmap_file, sys_mmap_vars and sys_newfstatat_empty_path, and
their stap -> vue cells but sys_openat_argstr_kept's (an argstr kept as a value, which
Vue refuses). Here: the port's text, that it reads back, and the written-out text
evaluated for many argument values against a model of the C that formats argstr for
xtrace's own stap runtime (runtime/xt_syscall.h); Vue's printed pieces run in turn."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.backend_c.sysc import TABLES
from xtrace.driver.translate import translate_text
from xtrace.frontends.argstr_port import argstr_written_out
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

from translating import unwrapped


def _d(stap: str) -> str:
    out = translate_text(stap, "t.stp", "stap", "d")
    frontends.parse(out, "back.d", "d")  # it is real D
    return out


def _vue(stap: str) -> str:
    out = translate_text(stap, "t.stp", "stap", "vue")
    frontends.parse(out, "back.e", "vue")  # it is real Vue
    return out


def test_the_classic_open_line_is_the_porters_printf():
    out = _d('probe syscall.open { printf("%s(%d) open (%s)\\n", execname(), pid(), argstr) }')
    assert ('printf("%s(%d) open (\\"%s\\", %s%s)\\n", execname, pid, copyinstr(arg0), '
            'this->flags_str, arg1 & O_CREAT ? strjoin(", ", lltostr((unsigned int)arg2, 8)) : "");'
            in unwrapped(out))
    assert ('this->flags_str = (arg1 & O_ACCMODE) == O_RDONLY ? "O_RDONLY" : (arg1 & O_ACCMODE) == '
            'O_WRONLY ? "O_WRONLY" : (arg1 & O_ACCMODE) == O_RDWR ? "O_RDWR" : "O_ACCMODE";' in unwrapped(out))
    assert 'this->flags_str = strjoin(this->flags_str, arg1 & O_CREAT ? "|O_CREAT" : "");' in out
    # stap's O_SYNC is the __O_SYNC bit; O_DSYNC is named only without it
    assert 'arg1 & __O_SYNC ? "|O_SYNC" : ""' in out
    assert '(arg1 & (__O_SYNC | O_DSYNC)) == O_DSYNC ? "|O_DSYNC" : ""' in out
    assert 'arg1 & ~0x7fffc3 ? strjoin("|", lltostr(arg1 & ~0x7fffc3, 16)) : ""' in out
    # what differs is said where it happens
    assert ("     * stap's argstr writes a path it cannot read as its address (NULL for 0);\n"
            "     * copyinstr() reports the fault and ends the clause instead\n") in out


def test_openat_names_the_current_directory():
    out = _d('probe syscall.openat { if (execname() == "cat") printf("%s(%s)\\n", name, argstr) }')
    assert 'this->dfd_str = (int)arg0 == AT_FDCWD ? "AT_FDCWD" : lltostr((int)arg0);' in out
    assert "inline int AT_FDCWD = -100;" in out
    assert ('printf("%s(%s, \\"%s\\", %s%s)\\n", probefunc, this->dfd_str, copyinstr(arg1), '
            'this->flags_str, arg2 & O_CREAT ? strjoin(", ", lltostr((unsigned int)arg3, 8)) : "");'
            in unwrapped(out))
    # the locals are set inside the if, before the printf that reads them
    body = out.split("/execname == \"cat\"/")[1]
    assert body.index("this->dfd_str =") < body.index("printf(")


def test_numeric_kinds_are_conversions_of_the_raw_arguments():
    out = _d('probe syscall.read { printf("%s\\n", argstr) }\n'
             'probe syscall.chmod { printf("%s\\n", argstr) }\n'
             'probe syscall.msync { printf("%s\\n", argstr) }')
    # int, pointer (stap's 0x%lx), unsigned long
    assert 'printf("%d, 0x%x, %u\\n", (int)arg0, arg1, arg2);' in out
    # a path, an octal mode (%#o of the 32-bit value)
    assert 'printf("\\"%s\\", %#o\\n", copyinstr(arg0), (unsigned int)arg1);' in out
    # hex: 0x%x of the 32-bit value
    assert 'printf("0x%x, %u, 0x%x\\n", arg0, arg1, (unsigned int)arg2);' in out


def test_argstr_kept_as_a_value_is_its_pieces_joined():
    out = _d('global a\nprobe syscall.chmod { a[tid()] = argstr }\n'
             'probe syscall.chmod.return { printf("%s = %d\\n", a[tid()], retval) }')
    # one strjoin() a piece, built in this->a and stored once (read14's joinsteps.py)
    assert ('    this->a = strjoin("\\"", copyinstr(arg0));\n'
            '    this->a = strjoin(this->a, "\\", ");\n'
            '    this->a = strjoin(this->a, lltostr((unsigned int)arg1, 8));\n'
            '    self->a = this->a;\n' in out)


def test_clause_on_syscalls_of_different_formats_is_one_clause_each():
    out = _d('probe syscall.chmod, syscall.unlink { println(argstr) }')
    assert 'syscall::chmod:entry\n{\n' in out and 'syscall::unlink:entry\n{\n' in out
    assert 'printf("\\"%s\\", %#o\\n", copyinstr(arg0), (unsigned int)arg1);' in out
    assert 'printf("\\"%s\\"\\n", copyinstr(arg0));' in out


def test_symbolic_variables_are_the_same_locals():
    out = _d('probe syscall.renameat2 { println(argstr); printf("%s %s\\n", flags_str, newdfd_str) }')
    assert out.count("this->flags_str = \"\";") == 1  # set once, read by both printfs
    assert 'this->flags_str = strjoin(this->flags_str, arg4 & 1 ? "|RENAME_NOREPLACE" : "");' in out
    assert 'this->flags_str = arg4 == 0 ? "0x0" : substr(this->flags_str, 1);' in out
    assert 'printf("%s %s\\n", this->flags_str, this->newdfd_str);' in out


def test_long_value_tables_are_a_table_filled_at_begin():
    out = _d('probe syscall.kill { printf("%s %s\\n", argstr, sig_name) }')
    assert "string signal_names[int64_t];" in out
    assert 'BEGIN\n{\n    /* stap\'s names of signal values (x86-64 Linux) */\n' in out
    assert '    signal_names[15] = "SIGTERM";\n' in out
    # the table's first name of a value is the one filled
    assert out.count("signal_names[29] =") == 1
    assert "    this->sig_str = signal_names[arg1];\n" \
           '    this->sig_str = this->sig_str != "" ? this->sig_str : lltostr(arg1, 16);\n' in out
    assert 'printf("%d, %s %s\\n", (int)arg0, this->sig_str, this->sig_str);' in out


def test_a_table_is_filled_in_the_scripts_own_begin():
    out = _d('probe begin { println("go") }\nprobe syscall.fcntl { println(cmd_str) }')
    assert out.count("BEGIN") == 1
    begin = out.split("BEGIN\n{\n")[1].split("}")[0]
    assert begin.index('fcntlcmd_names[1030] = "F_DUPFD_CLOEXEC";') < begin.index('printf("go\\n");')


@pytest.mark.parametrize("script, why", [
    ('probe syscall.* { printf("%s\\n", argstr) }',
     "a probe on syscall.*: each syscall it hits writes its own arguments"),
    ('probe syscall.open* { printf("%s\\n", argstr) }', "a probe on syscall.open*"),
    ('probe syscall.futex { printf("%s\\n", argstr) }',
     "what futex()'s argstr writes depends on the call's operation"),
    ('probe syscall.write { printf("%s\\n", argstr) }',
     "write()'s argument 'buf_str' is the bytes of its buffer"),
    ('probe syscall.execve { printf("%s\\n", argstr) }',
     "execve()'s argument 'args' is an argument list read from user memory"),
    ('probe syscall.connect { printf("%s\\n", argstr) }',
     "connect()'s argument 'serv_addr_str' is a struct sockaddr decoded by its family"),
    ('probe syscall.openat if (argstr != "") { println(name) }', "in a probe's condition"),
])
def test_what_has_no_port_is_refused_with_its_reason(script, why):
    with pytest.raises(XtraceError) as ex:
        translate_text(script, "t.stp", "stap", "d")
    assert "built-in 'argstr' has no D equivalent here (" in ex.value.message
    assert why in ex.value.message
    assert "nearest: the arguments themselves, arg0 ... arg5" in ex.value.message


def test_vue_says_the_numeric_kinds_and_paths():
    out = _vue('probe syscall.read { if (execname() == "cat") printf("%s(%s)\\n", name, argstr) }\n'
               'probe syscall.chmod { printf("%s\\n", argstr) }')
    assert 'printf("%s(%d, 0x%x, %u)\\n", get_function(), (int)__arg1, __arg2, __arg3);' in out
    assert 'printf("\\"%s\\", %#o\\n", get_userstring(__arg1, -1), (unsigned int)__arg2);' in out


def test_vue_prints_a_symbolic_argstr_piece_by_piece():
    out = _vue('probe syscall.openat { printf("%s(%d) open (%s)\\n", execname(), pid(), argstr) }')
    # the printf split at argstr's %s; each name chosen by an if, one statement a line
    assert ('    printf("%s(%d) open (", __pname, __pid);\n'
            '    if ((int)__arg1 == -100)\n'
            '        printf("AT_FDCWD");\n'
            '    else\n'
            '        printf("%d", (int)__arg1);\n'
            '    printf(", \\"%s\\", ", get_userstring(__arg2, -1));\n'
            '    if ((__arg3 & 3) == 0)\n'
            '        printf("O_RDONLY");\n'
            '    else if ((__arg3 & 3) == 1)\n') in out
    assert '    if (__arg3 & 64)\n        printf("|O_CREAT");\n' in out
    assert '    if (__arg3 & ~0x7fffc3)\n        printf("|0x%x", __arg3 & ~0x7fffc3);\n' in out
    # the mode only where the flags create the file, then the format's rest
    assert ('    if (__arg3 & 64)\n        printf(", %#o", (unsigned int)__arg4);\n'
            '    printf(")\\n");\n}') in out


def test_vue_prints_a_symbolic_variable_and_a_flag_set():
    out = _vue('probe syscall.renameat2 { printf("<%s> %d\\n", flags_str, pid()) }')
    assert '    printf("<");\n    if (__arg5 & 1)\n        printf("RENAME_NOREPLACE");\n' in out
    # a later flag has its `|` only after an earlier one
    assert ('    if (__arg5 & 2)\n    {\n        if (__arg5 & 1)\n            printf("|RENAME_EXCHANGE");\n'
            '        else\n            printf("RENAME_EXCHANGE");\n    }\n') in out
    assert '    if (__arg5 == 0)\n        printf("0x0");\n    printf("> %d\\n", __pid);\n' in out


def test_vue_reads_a_long_table_of_names_filled_at_begin():
    out = _vue('probe syscall.kill { printf("%s\\n", argstr) }')
    assert '    signal_names[15] = "SIGTERM";\n' in out
    assert ('    if (signal_names[__arg2] != "")\n        printf("%s", signal_names[__arg2]);\n'
            '    else\n        printf("0x%x", __arg2);\n') in out


@pytest.mark.parametrize("script, why", [
    # kept as a value: a string, which Vue cannot make of a number
    ('global a\nprobe syscall.openat { a[tid()] = argstr }', "kind dfd"),
    # padded to a width: the pieces cannot be
    ('probe syscall.openat { printf("%-40s|\\n", argstr) }', "kind dfd"),
    # inside an expression
    ('probe syscall.open { printf("%s\\n", "<" . argstr) }', "kind oflags"),
    # a later argument that changes what it reads
    ('global n\nprobe syscall.open { printf("%s %d\\n", argstr, n++) }', "kind oflags"),
])
def test_vue_refuses_a_symbolic_argstr_it_cannot_print_in_pieces(script, why):
    with pytest.raises(XtraceError, match=rf"is of {why}, whose text holds a number where no name says it"):
        translate_text(script, "t.stp", "stap", "vue")


# ---- the written-out text, evaluated, against a model of runtime/xt_syscall.h


def _eval(e, args: list[int], env: dict[str, object]):
    """A value of the port's expressions (only the forms argstr_port builds)."""
    if isinstance(e, ir.IntLit):
        return e.value
    if isinstance(e, ir.StrLit):
        return e.value
    if isinstance(e, ir.Builtin):
        return args[int(e.name[3:])]
    if isinstance(e, ir.Var):
        return env[e.name]
    if isinstance(e, ir.Cast):
        v = _eval(e.operand, args, env) & ((1 << e.to.bits) - 1)
        return v - (1 << e.to.bits) if e.to.signed and v >> (e.to.bits - 1) else v
    if isinstance(e, ir.Unary):
        assert e.op == "~"
        return ~_eval(e.operand, args, env)
    if isinstance(e, ir.Ternary):
        return _eval(e.then if _eval(e.cond, args, env) else e.else_, args, env)
    if isinstance(e, ir.Binary):
        a, b = _eval(e.lhs, args, env), _eval(e.rhs, args, env)
        return {"&": lambda: a & b, "|": lambda: a | b, "==": lambda: int(a == b), "!=": lambda: int(a != b),
                ".": lambda: a + b}[e.op]()
    if isinstance(e, ir.Index):
        return env.get((e.map, _eval(e.keys[0], args, env)), "")
    if isinstance(e, ir.Call) and e.name == "substr":
        return _eval(e.args[0], args, env)[_eval(e.args[1], args, env):]
    if isinstance(e, ir.Call) and e.name == "lltostr":  # only as a table's fallback here
        return _eval(ir.Sprintf("0x%x", [e.args[0]]), args, env)
    if isinstance(e, ir.Call) and e.name == "user_string":
        return "PATH"
    if isinstance(e, ir.Sprintf):
        vals = [_eval(a, args, env) for a in e.args]
        out, fmt = e.fmt, {"%d": str, "%u": lambda v: str(v % (1 << 64)), "%s": str,
                           "0x%x": lambda v: hex(v % (1 << 64)),
                           "%#o": lambda v: "0" + oct(v % (1 << 64))[2:] if v else "0"}
        text = ""
        while vals:
            at = min((out.find(k), k) for k in fmt if out.find(k) >= 0)
            text += out[:at[0]] + fmt[at[1]](vals.pop(0))
            out = out[at[0] + len(at[1]):]
        return text + out
    raise AssertionError(f"unexpected {e!r}")


def _ported_text(script: str, args: list[int]) -> str:
    """What the port's clause prints for raw arguments `args`."""
    prog = argstr_written_out(frontends.parse(script, "t.stp", "stap", None, port=True), "x")
    env: dict[object, object] = {}
    for p in prog.probes:  # a table's BEGIN first
        for s in p.body.stmts:
            if isinstance(s, ir.ExprStmt):
                t = s.expr.target
                key = t.name if isinstance(t, ir.Var) else (t.map, _eval(t.keys[0], args, env))
                env[key] = _eval(s.expr.value, args, env)
            elif isinstance(s, ir.Printf):
                return _eval(s.args[0], args, env)
    raise AssertionError("no printf")


def _run(s, args: list[int], env: dict, out: list[str]) -> None:
    """What Vue's port of statement `s` prints (the forms argstr_printed builds)."""
    if isinstance(s, ir.Block):
        for t in s.stmts:
            _run(t, args, env, out)
    elif isinstance(s, ir.If):
        branch = s.then if _eval(s.cond, args, env) else s.else_
        if branch is not None:
            _run(branch, args, env, out)
    elif isinstance(s, ir.Printf):
        out.append(_eval(ir.Sprintf(s.fmt, s.args), args, env))
    elif isinstance(s, ir.ExprStmt):
        t = s.expr.target
        env[(t.map, _eval(t.keys[0], args, env))] = _eval(s.expr.value, args, env)


def _printed_text(script: str, args: list[int]) -> str:
    """What Vue's port (no string of a number: printf()s in turn) prints for `args`."""
    prog = argstr_written_out(frontends.parse(script, "t.stp", "stap", None, port=True), "x",
                              text_numbers=False)
    env: dict[object, object] = {}
    out: list[str] = []
    for p in prog.probes:  # a table's BEGIN first
        _run(p.body, args, env, out)
    return "".join(out)


def _or(table, v: int) -> str:
    """xt_fmt_or(): names joined with |, leftover bits in hex, 0 a value's name."""
    if v == 0:
        return _eq(table, 0)
    names = []
    for val, name in table:
        if val and val & v:
            names.append(name)
            v &= ~val
    return "|".join(names + ([hex(v)] if v else []))


def _eq(table, v: int) -> str:
    return next((name for val, name in table if val == v), hex(v))


_OFLAGS = [(0o100, "O_CREAT"), (0o200, "O_EXCL"), (0o400, "O_NOCTTY"), (0o1000, "O_TRUNC"),
           (0o2000, "O_APPEND"), (0o4000, "O_NONBLOCK"), (0o4000000, "O_SYNC"), (0o10000, "O_DSYNC"),
           (0o20000, "O_ASYNC"), (0o40000, "O_DIRECT"), (0o100000, "O_LARGEFILE"),
           (0o200000, "O_DIRECTORY"), (0o400000, "O_NOFOLLOW"), (0o1000000, "O_NOATIME"),
           (0o2000000, "O_CLOEXEC"), (0o10000000, "O_PATH"), (0o20000000, "__O_TMPFILE")]


def _model_openat(dfd: int, flags: int, mode: int) -> str:
    acc = {0: "O_RDONLY", 1: "O_WRONLY", 2: "O_RDWR", 3: "O_ACCMODE"}[flags & 3]
    rest = flags & ~3
    if rest & 0o4000000:
        rest &= ~0o10000
    text = acc + ("|" + _or(_OFLAGS, rest) if rest else "")
    dfd32 = (dfd & 0xffffffff) - (1 << 32) if dfd & (1 << 31) else dfd & 0xffffffff  # (int)
    where = "AT_FDCWD" if dfd32 == -100 else str(dfd32)
    return f'{where}, "PATH", {text}' + (f", 0{mode:o}" if flags & 0o100 and mode else
                                         ", 0" if flags & 0o100 else "")


@pytest.mark.parametrize("dfd, flags, mode", [
    (-100 & (1 << 64) - 1, 0, 0), (3, 0o101, 0o644), (-100 & (1 << 64) - 1, 0o2000000, 0),
    (7, 0o4010001, 0), (7, 0o10002, 0), (0xffffff9c, 0o20200000 | 0o100 | 2, 0o600),
    (5, 3 | 0x80000000, 0), (5, 0o100, 0), (5, 0o777777777, 0o7777),
])
def test_openat_text_is_what_stap_writes(dfd, flags, mode):
    got = _ported_text('probe syscall.openat { printf("%s", argstr) }', [dfd, 0x1000, flags, mode])
    assert got == _model_openat(dfd, flags, mode)
    got = _printed_text('probe syscall.openat { printf("[%s]", argstr) }', [dfd, 0x1000, flags, mode])
    assert got == f"[{_model_openat(dfd, flags, mode)}]"


@pytest.mark.parametrize("flags", [0, 1, 2, 4, 6, 7, 8, 0x10, 0x13])
def test_renameat2_flag_set_is_what_stap_writes(flags):
    got = _ported_text('probe syscall.renameat2 { printf("%s", flags_str) }', [0, 0, 0, 0, flags])
    assert got == _or(TABLES["renameflags"][2], flags)
    got = _printed_text('probe syscall.renameat2 { printf("%s", flags_str) }', [0, 0, 0, 0, flags])
    assert got == _or(TABLES["renameflags"][2], flags)


@pytest.mark.parametrize("cmd", [0, 1, 3, 4, 1030, 1032, 12, 1024, 99999])
def test_fcntl_command_is_what_stap_writes(cmd):
    for text in (_ported_text, _printed_text):
        got = text('probe syscall.fcntl { printf("%s", argstr) }', [4, cmd, 0])
        assert got == f"4, {_eq(TABLES['fcntlcmd'][2], cmd)}, 0x0"


@pytest.mark.parametrize("sig", [0, 1, 9, 12, 13, 15, 29, 32, 0x85, 200])
def test_kill_signal_is_what_stap_writes(sig):
    for text in (_ported_text, _printed_text):
        got = text('probe syscall.kill { printf("%s", argstr) }', [42, sig])
        assert got == f"42, {_eq(TABLES['signal'][2], sig)}"


@pytest.mark.parametrize("mode", [0, 1, 2, 4, 6, 7, 8])
def test_access_mode_is_what_stap_writes(mode):
    for text in (_ported_text, _printed_text):
        got = text('probe syscall.access { printf("%s", argstr) }', [0x1000, mode])
        assert got == f'"PATH", {_or(TABLES["amode"][2], mode)}'


def test_an_arguments_own_value_is_left_to_the_printer():
    # `flags` is openat's raw argument (dup2's is the constant 0): a test of it stays
    # the clause's predicate, and the argstr beside it is written out
    out = _d('probe syscall.openat { if (execname() == "touch" && flags & 64) println(argstr) }')
    assert '/execname == "touch" && (int)arg2 & 64/' in out
    assert "this->flags_str = " in out
    out = _d('probe syscall.dup2 { printf("%d %s\\n", flags, flags_str) }')
    assert 'printf("%d 0x0\\n", 0);' in out  # the constant string folded into the format
