"""`xtrace stap`: stap(1)'s command line (driver/stap_cli.py) and script arguments."""

from __future__ import annotations

import io

import pytest

from xtrace import frontends
from xtrace.driver.stap_cli import main
from xtrace.ir.loc import XtraceError


def stap(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


# ------------------------------------------------------------ script arguments

def test_dollar_and_at_arguments_are_substituted_as_tokens():
    prog = frontends.parse('probe begin { printf("%s %d\\n", @1, $2 + $3) }\n', "a.stp", "stap",
                           ('say "hi"', "40", "-2"))
    printf = prog.probes[0].body.stmts[0]
    # @1 is the string literal, which a plain %s writes into the format (ir/printflits.py)
    assert printf.fmt == 'say "hi" %d\n'
    args = printf.args
    # $3 is "-2": lexed as script text, so `$2 + $3` is 40 + -2
    assert (args[0].op, args[0].lhs.value, args[0].rhs.value) == ("+", 40, -2)
    assert args[0].lhs.loc.col == 37  # the new tokens stand where `$2` stood


@pytest.mark.parametrize("src, args, message", [
    ("probe begin { x = $2 }", ("a",), "command line argument index 2 out of range [1-1]"),
    ("probe begin { x = @1 }", (), "command line argument index 1 out of range [1-0]"),
])
def test_missing_argument_is_stap_parse_error(src, args, message):
    with pytest.raises(XtraceError) as ei:
        frontends.parse(src, "a.stp", "stap", args)
    assert ei.value.kind == "parse error" and ei.value.message == message
    assert (ei.value.loc.line, ei.value.loc.col) == (1, 19)


def test_argument_count_in_preprocessor_conditions():
    src = '%( $# == 2 %? probe begin { println("two") } %: probe begin { println("other") } %)\n'
    two = frontends.parse(src, "a.stp", "stap", ("a", "b")).probes[0].body.stmts[0]
    one = frontends.parse(src, "a.stp", "stap", ("a",)).probes[0].body.stmts[0]
    assert "two" in str(two) and "other" in str(one)


# ------------------------------------------------------------ the command line

def test_list_syscall_probes():
    status, out, _ = stap("-l", "syscall.read*")
    assert status == 0
    lines = out.splitlines()
    assert "syscall.read" in lines and "syscall.readv" in lines
    assert lines == sorted(lines) and all(ln.startswith("syscall.read") for ln in lines)


def test_list_syscall_any_is_one_point_with_its_variables():
    # stap's syscall_any is one alias (sys_enter / sys_exit), not every syscall.* alias
    _, out, _ = stap("-L", "syscall_any")
    assert out.splitlines() == ["syscall_any syscall_nr:long name:string"]
    _, out, _ = stap("-L", "syscall_any.return")
    assert out.splitlines() == ["syscall_any.return syscall_nr:long name:string retval:long"]
    _, out, _ = stap("-l", "syscall.*")
    assert "syscall.pread" in out.splitlines() and len(out.splitlines()) > 100


def test_list_with_variables():
    _, out, _ = stap("-L", "syscall.openat")
    words = out.split()
    assert words[0] == "syscall.openat"
    assert {"name:string", "filename:string", "flags:long", "argstr:string"} <= set(words[1:])
    _, out, _ = stap("-L", 'kernel.function("vfs_read")')
    assert out.strip().startswith('kernel.function("vfs_read") $file:struct file* $buf:char*')
    _, out, _ = stap("-L", 'kernel.trace("sched:sched_switch")')
    assert "$prev:struct task_struct*" in out and "$next:struct task_struct*" in out


def test_list_tapset_aliases_by_their_names():
    """-l / -L of a tapset alias name the alias (stap's listing), not the kernel points it
    expands to; -L adds the variables it sets, in order, then the point's `$` variables.
    An alias whose only (optional) point matches nothing is not listed."""
    status, out, _ = stap("-l", "vfs.*")
    assert status == 0 and out.splitlines() == ["vfs.open", "vfs.read", "vfs.readv", "vfs.write",
                                                "vfs.writev"]
    _, out, _ = stap("-L", "vfs.read")
    # the order stap lists them in (vfs.stp assigns them so)
    assert out.startswith("vfs.read file:long pathname:string pos:long buf:long bytes_to_read:long dev:long "
                          "devname:string ino:long name:string argstr:string $file:struct file* ")
    assert out.rstrip().endswith("$file:struct file* $buf:char* $count:size_t $pos:loff_t*")
    _, out, _ = stap("-l", "scheduler.*")
    lines = out.splitlines()
    assert "scheduler.ctxswitch" in lines and "scheduler.wakeup" in lines
    assert "scheduler.balance" not in lines  # idle_balance is not a function of 6.1
    _, out, _ = stap("-L", "kprocess.exec")
    assert out == "kprocess.exec name:string filename:string\n"


def test_list_module_function_with_its_parameters():
    """-L on a module's function names its parameters from the module's own BTF (9p is
    loaded in the sandbox guest; its first parameter is mnt_userns in 6.1, idmap since 6.3)."""
    _, out, _ = stap("-L", 'module("9p").function("v9fs_vfs_getattr_dotl")')
    head, *params = out.split(" $")
    assert head == 'module("9p").function("v9fs_vfs_getattr_dotl")'
    assert params[1:] == ["path:const struct path*", "stat:struct kstat*", "request_mask:u32",
                          "flags:unsigned int\n"]


def test_dump_probe_types():
    status, out, _ = stap("--dump-probe-types")
    assert status == 0 and "kernel.function(string).return" in out.splitlines()


def test_errors_in_stap_shape():
    status, _, err = stap("-p2", "-e", "probe begin { print($1) }")
    assert status == 1
    assert "parse error: command line argument index 1 out of range [1-0]" in err
    assert err.rstrip().endswith("Pass 1: parse failed.  [man error::pass1]")
    status, _, err = stap("-p", "9", "-e", "probe begin {}")
    assert status == 1 and "Invalid pass number" in err
    status, _, err = stap("-c", "true", "-x", "1", "-e", "probe begin {}")
    assert status == 1 and "-c and -x" in err
    status, _, err = stap()
    assert status == 1 and "A script must be specified." in err


def test_pass_4_with_module_name_leaves_the_module_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, out, _ = stap("-p4", "-m", "hello_mod", "-e", "probe begin { exit() }")
    assert status == 0 and out == "hello_mod.ko\n"
    assert (tmp_path / "hello_mod.ko").read_bytes()[:4] == b"\x7fELF"


def test_run_with_arguments_target_pid_and_output_file(tmp_path):
    # One sandbox session: script arguments, -x (target()), -o, -T.
    o = tmp_path / "out.txt"
    status, out, _ = stap("-x", "1", "-o", str(o), "-T", "30", "-e",
                          'probe begin { printf("%s %d %d\\n", @1, $2, target()); exit() }', "hi", "7")
    assert status == 0 and out == ""
    assert o.read_text() == "hi 7 1\n"


def test_module_name_names_the_procfs_directory():
    # stap -m NAME: the module is NAME, its procfs files /proc/systemtap/NAME/...
    script = ('probe procfs("x").read { $value = "hi\\n" } '
              'probe procfs("y").write { printf("got %s", $value) }')
    status, out, err = stap("-m", "xt_named_mod", "-c",
                            "cat /proc/systemtap/xt_named_mod/x > /proc/systemtap/xt_named_mod/y",
                            "-e", script)
    assert (status, out) == (0, "got hi\n"), err
    status, _, err = stap("-m", "bad-name", "-e", "probe begin { exit() }")
    assert status == 1 and "Invalid module name 'bad-name'" in err


# ------------------------------------------------------------ -p1: stap's parser alone

def test_p1_resolves_nothing(tmp_path):
    # stap -p1 only parses: unknown probe points, functions and variables wait for -p2
    f = tmp_path / "a.stp"
    f.write_text("probe no.such.point { x = undefined_fn($nope) }\n")
    assert stap("-p1", str(f))[0] == 0
    status, _, err = stap("-p2", str(f))
    assert status == 1 and "a.stp:1:7" in err


@pytest.mark.parametrize("src, where, message", [
    ("function f() {}\nfunction f() {}\n", "2:10", "duplicate function name"),
    ("global g\nglobal g\n", "2:8", "duplicate global name"),
    ("global a[0]\n", "1:10", "array size out of range"),
    ("global a[3] = 1\n", "1:15", "only scalar globals can be initialized"),
    ("function f:float() {}\n", "1:12", "expected 'string' or 'long'"),
    ("probe begin {\n  return\n}\n", "2:3", "found 'return' not in function context"),
    ("function f() { next }\n", "1:16", "found 'next' not in probe context"),
    ("probe a ? = begin {}\n", "1:7", "probe point alias name cannot be optional nor sufficient"),
    ("probe begin { foreach ([a+, b] in x-) {} }\n", "1:36", "multiple sort directives"),
    ("probe begin { printd(\", \", 1) }\n", "1:29", "expected ','"),
    ("probe begin { printf(x) }\n", "1:22", "expected string"),
    ("probe begin { x = @nosuch(y) }\n", "1:19", "unknown operator @nosuch"),
    ("probe begin { x = 99999999999999999999 }\n", "1:19", "number invalid or out of range"),
    ("probe begin { x = %{ 1 %} }\n", "1:19", "embedded expression code in unprivileged script"),
])
def test_p1_parser_checks(tmp_path, src, where, message):
    f = tmp_path / "a.stp"
    f.write_text(src)
    status, _, err = stap("-p1", str(f))
    assert status == 1, err
    assert f"parse error: {message}" in err and f" at {f}:{where}\n" in err  # stap's `at:` line
    assert "Pass 1: parse failed." in err and "Traceback" not in err


def test_p1_empty_script_is_an_error(tmp_path):
    f = tmp_path / "e.stp"
    f.write_text("# nothing here\n")
    status, _, err = stap("-p1", str(f))
    assert status == 1 and "is empty." in err
    f.write_text('%( 1 == 0 %? probe begin {} %)\n')
    status, _, err = stap("-p1", str(f))
    assert status == 1 and "is empty after preprocessing." in err


def test_p1_guru_mode_parses_embedded_c(tmp_path):
    f = tmp_path / "g.stp"
    f.write_text("probe begin { println(%{ 1 %}) }\n")
    assert stap("-g", "-p1", str(f))[0] == 0
    assert stap("-p1", str(f))[0] == 1


def test_W_makes_elided_globals_and_functions_errors(tmp_path):
    f = tmp_path / "w.stp"
    f.write_text("global unused\nfunction idle() { return 1 }\nprobe begin { exit() }\n")
    assert stap("-p2", str(f))[0] == 0
    status, _, err = stap("-W", "-p2", str(f))
    assert status == 1 and "semantic error: Eliding unused variable 'unused'" in err \
        and f"at {f}:1:8\n" in err
    assert stap("-W", "-u", "-p2", str(f))[0] == 0  # -u elides nothing
    assert stap("-wW", "-p2", str(f))[0] == 0        # -w silences the warnings


def test_never_assigned_local_warns_and_W_makes_it_an_error(tmp_path):
    f = tmp_path / "n.stp"
    f.write_text("probe begin {\n  printf(\"%d\\n\", count)\n  exit()\n}\n")
    status, _, err = stap("-p2", str(f))
    assert status == 0 and err.startswith(
        f"WARNING: never-assigned local variable 'count': identifier 'count' at {f}:2:18\n")
    assert stap("-w", "-p2", str(f))[2] == ""
    status, _, err = stap("-W", "-p2", str(f))
    assert status == 1 and "semantic error: never-assigned local variable 'count'" in err \
        and f"at {f}:2:18\n" in err


@pytest.mark.parametrize("argv, message", [
    (["-p0", "-e", "probe begin {}"], "Invalid pass number '0'"),
    (["-p1", "-e", "probe begin {}", "-e", "probe end {}"], "Only one script can be given"),
    (["-p1", "-m", "x^y", "-e", "probe begin {}"], "Invalid module name 'x^y'"),
    (["-p1", "-m", "", "-e", "probe begin {}"], "Invalid module name ''"),
])
def test_command_line_mistakes(argv, message):
    status, _, err = stap(*argv)
    assert status == 1 and message in err


def test_an_argument_is_expanded_once():
    status, _, err = stap("-p1", "-e", "probe begin { $1 }", "x $1")
    assert status == 1 and "parse error: invalid nested substitution of command line arguments" in err
    assert "\tat: junk '$1' at <input>:1:15\n" in err


def test_init_text_functions_are_not_probeable():
    from xtrace.ir.target import kallsyms_functions
    lines = ["ffffffff81000000 T vfs_read", "ffffffff83079000 T _sinittext",
             "ffffffff83079762 t init_setup", "ffffffff830e7c04 T _einittext",
             "ffffffffc0000000 t mod_fn\t[virtio]"]
    assert kallsyms_functions(lines) == {"vfs_read", "_einittext", "mod_fn"}
    assert kallsyms_functions(lines, modules=False) == {"vfs_read", "_einittext"}


@pytest.mark.parametrize("point, col, where, hint", [
    ('kernel.function("vfs_read@fs/read_write.c:450")', 7, "@fs/read_write.c:450", '"vfs_read"'),
    ('kernel.function("*@fs/read_write.c").return', 7, "@fs/read_write.c", None),
    ('module("ext4").function("ext4_file_open@fs/ext4/file.c")', 7, "@fs/ext4/file.c",
     '"ext4_file_open"'),
])
def test_function_at_file_line_says_btf_has_no_line_data(point, col, where, hint):
    # stap resolves f@file:line from DWARF debuginfo; xtrace reads BTF and kallsyms,
    # so the error names that reason, at the point, instead of "no match"
    status, _, err = stap("-p2", "-e", f"probe {point} {{ }}")
    assert status == 1
    assert f"semantic error: {point}: '{where}' needs the kernel's source file and line data" in err
    assert "DWARF debuginfo" in err and "BTF and kallsyms, which have none" in err
    assert f"at <input>:1:{col}\n" in err
    assert (f"by its name alone: {hint}" in err) if hint else ("by its name alone" not in err)


def test_optional_function_at_file_is_skipped():
    status, _, err = stap("-p2", "-e", 'probe kernel.function("vfs_read@fs/read_write.c") ? { } '
                          "probe begin { exit() }")
    assert status == 0, err


def test_skip_badvars_substitutes_zero_and_warns():
    # stap --skip-badvars: a $var that does not resolve is 0, with a warning
    script = ('global done probe kernel.function("vfs_read") { if (done) next; done = 1; '
              'printf("%d %d\\n", $no_such_var, $count > 0); exit() }')
    status, _, err = stap("-p2", "-e", script)
    assert status == 1 and "unable to find local 'no_such_var'" in err
    status, _, err = stap("--skip-badvars", "-p2", "-e", script)
    assert status == 0
    assert ("WARNING: Bad $context variable being substituted with literal 0: identifier "
            "'$no_such_var' at <input>:1:") in err
    assert "$count" not in err
    assert stap("--skip-badvars", "-w", "-p2", "-e", script)[2] == ""
    status, out, err = stap("--skip-badvars", "-w", "-c", "cat /etc/hostname", "-e", script)
    assert (status, out) == (0, "0 1\n"), err


def test_procfs_name_cannot_be_a_file_and_a_directory():
    # procfs("a/b") makes directory a: a file "a" of the same module cannot exist
    status, _, err = stap("-p3", "-e", 'probe procfs("a").read { $value = "x" } '
                          'probe procfs("a/b").read { $value = "y" }')
    assert status == 1 and "procfs path 'a' is both a file and the directory of 'a/b'" in err
    assert "<input>:1:41:" in err, err   # at the probe that makes the directory


def test_perf_points_are_listed():
    status, out, _ = stap("-l", "perf.sw.*")
    assert status == 0
    assert out.splitlines() == [f"perf.sw.{n}" for n in sorted(
        ("cpu_clock", "task_clock", "page_faults", "context_switches", "cpu_migrations",
         "page_faults_min", "page_faults_maj", "alignment_faults", "emulation_faults"))]
    status, out, _ = stap("-l", "perf.**")
    assert status == 0 and "perf.hw.cpu_cycles" in out.splitlines()
    assert "perf.hw_cache.l1d.read.miss" in out.splitlines()
    status, out, _ = stap("--dump-probe-types")
    assert "perf.type(number).config(number).sample(number)" in out.splitlines()


def test_d_and_ldd_give_the_module_symbol_tables():
    """-d FILE puts FILE's symbols in the module (usymname() kept as a value),
    --ldd the libraries it needs too; a -d file that does not exist is a usage
    error."""
    import shutil
    true = shutil.which("true")
    script = 'probe begin { s = usymname(0) ; println(s) }'
    out, err = io.StringIO(), io.StringIO()
    assert main(["-p3", "-d", true, "-e", script], out, err) == 0, err.getvalue()
    assert "xt_ufiles[XT_NUFILES]" in out.getvalue() and "#define XT_NUFILES 1" in out.getvalue()
    out = io.StringIO()
    assert main(["-p3", "--ldd", "-d", true, "-e", script], out, err) == 0, err.getvalue()
    assert "libc.so.6" in out.getvalue()
    err = io.StringIO()
    assert main(["-p3", "-d", "/nonexistent/x", "-e", script], io.StringIO(), err) == 1
    assert "-d /nonexistent/x: no such file" in err.getvalue()


def test_D_defines_a_limit_and_k_keeps_the_build_directory(tmp_path, monkeypatch):
    """-D NAME=VALUE reaches the generated C (MAXACTION is xtrace's XT_MAXACTION);
    -k prints the kept build directory, as stap's `Keeping temporary directory`."""
    status, out, _ = stap("-p3", "-D", "MAXACTION=5", "-e", "probe begin {}")
    assert status == 0 and "#define XT_MAXACTION 5" in out
    status, out, err = stap("-p4", "-k", "-e", "probe begin { exit() }")
    assert status == 0 and 'Keeping temporary directory "' in out + err


@pytest.mark.parametrize("script,message,col", [
    ("probe begin { x = = 1 }", "parse error: expected literal string or number", 19),
    ("probe begin { if x }", "parse error: expected '('", 18),
    ("probe begin { if (x y) }", "parse error: expected ')'", 21),
    ("probe begin { foo(1 2) }", "parse error: expected ',' or ')'", 21),
    ("probe begin { a[1 2] }", "parse error: expected ',' or ']'", 19),
    ("probe begin { else }", "parse error: expected statement", 15),
    ("probe begin {", "parse error: expected statement", 14),
    ("probe begin", "parse error: expected one of '. , ( ? ! { = +='", 12),
    ("probe kernel.function( { }", "parse error: expected literal string or number", 24),
    ("function f(a b) { }", "parse error: expected ',' or ')'", 14),
    ("global x = y", "parse error: expected literal string or number", 12),
    ("x = 1", "parse error: expected 'probe', 'global', 'private', 'function', or '%{'", 1),
    ("probe begin { foreach (k x) {} }", "parse error: expected 'in'", 26),
    ("function f", "parse error: expected '('", 11),
    ("probe begin { $x-> }", "parse error: expected identifier or keyword", 20),
    ("probe begin { while x {} }", "parse error: expected '('", 21),
    ("probe begin { try { } }", "parse error: expected 'catch'", 23),
])
def test_parse_errors_worded_as_stap(script: str, message: str, col: int) -> None:
    """A syntax error says what stap's parser says it expected, at the offending token."""
    code, _, err = stap("-p1", "-e", script)
    assert code == 1
    first = err.splitlines()
    assert first[0] == message, err
    assert first[1].endswith(f"<input>:1:{col}") or (first[1] == "\tsaw: <input> EOF" and col > len(script)), err


@pytest.mark.parametrize("script,lines", [
    # stap names the token on a `saw:` line when its parser expected something else
    ("probe vfs.read\nprobe vfs.write {}",
     ["parse error: expected one of '. , ( ? ! { = +='", "\tsaw: keyword at <input>:2:1"]),
    ("probe begin {", ["parse error: expected statement", "\tsaw: <input> EOF", "", "1 parse error."]),
    ("probe begin { /* never closed", ["parse error: expected statement", "\tsaw: <input> EOF"]),
    ("probe begin { x = @count }", ["parse error: expected '('", "\tsaw: operator '}' at <input>:1:26"]),
    # ... and on an `at:` line when its lexer made the token junk
    ('probe begin { x = "abc }',
     ["parse error: Could not find matching closing quote", "\tat: junk 'abc }' at <input>:1:19"]),
    ("probe begin { x = 1 }\n%{ int y;",
     ["parse error: Could not find matching '%}' to close embedded function block",
      "\tat: junk ' int y' at <input>:2:1"]),
    ("probe begin { x = 0x }", ["parse error: number invalid or out of range",
                                "\tsaw: number '0x' at <input>:1:19"]),
    ("probe begin { x = 12ab }", ["parse error: number invalid or out of range",
                                  "\tsaw: number '12ab' at <input>:1:19"]),
    ("probe begin { x = \u00e9 }", ["parse error: expected literal string or number",
                                    "\tsaw: junk '\\xc3' at <input>:1:19"]),
    ("probe begin { x = ` }", ["parse error: expected literal string or number",
                               "\tsaw: operator '`' at <input>:1:19"]),
    ('%( arch > "x86_64" %? probe begin {} %)', ["parse error: expected '==' or '!='",
                                                 "\tat: operator '>' at <input>:1:9"]),
])
def test_parse_error_token_lines_as_stap(script: str, lines: list[str]) -> None:
    """The token line of a parse error: `saw:` for what stap's parser did not expect
    (a keyword shows no text, the end of the file shows `FILE EOF`), `at:` for a
    token stap's lexer or preprocessor already rejected, with stap's own message."""
    code, _, err = stap("-p1", "-e", script)
    assert code == 1
    got = err.splitlines()
    assert got[:len(lines)] == lines, err
    assert "syntax error" not in err and "token recognition" not in err


@pytest.mark.parametrize("script,similar", [
    ("function foo(a) { return a } probe begin { x = fooo(1) }", "(similar: foo"),
    ("probe begin { x = execnme() }", "(similar: execname"),
    ("probe begn { }", "(similar: begin"),
])
def test_semantic_errors_suggest_close_names(script: str, similar: str) -> None:
    """An unknown function or probe point names the close ones, as stap does."""
    code, _, err = stap("-p2", "-e", script)
    assert code == 1 and similar in err, err


def test_unoptimized_checks_what_the_optimizer_would_delete():
    # stap -u: no side-effect-free statement is deleted unchecked, and a function
    # that returns no value cannot give one (without -u, `a = f()` with `a` unread
    # is what stap's optimizer deletes; xtrace then makes the value 0)
    dead = 'probe begin { @cast(0, "task_struct")->no_such_member; exit() }'
    assert stap("-p2", "-e", dead)[0] == 0
    status, _, err = stap("-up2", "-e", dead)
    assert status == 1 and "unable to find member 'no_such_member'" in err
    used = 'function f () { } probe begin { f(); a = f(); exit() }'
    assert stap("-p2", "-e", used)[0] == 0
    status, _, err = stap("-u", "-p2", "-e", used)
    assert status == 1
    assert "unresolved type for function 'f': it returns no value" in err
    assert "<input>:1:42" in err  # the second call; the first one's value is unused
    assert stap("-u", "-p2", "-e", 'function f () { } probe begin { f(); exit() }')[0] == 0


def test_the_optimizer_runs_before_the_checks_and_u_turns_it_off():
    # stap deletes a store into a local nothing reads and a call of a function without
    # side effects whose value is unused, then elides the functions left uncalled:
    # none of them is checked. -u checks everything.
    script = ('function zap(x) { return "z" + x } '
              'probe begin { a = @cast(0, "task_struct")->nosuch; zap(zap(1)); exit() }')
    assert stap("-p2", "-e", script)[0] == 0
    status, _, err = stap("-up2", "-e", script)
    assert status == 1 and "semantic error" in err
    # a function that prints is called, and so checked
    loud = 'function zap(x) { println("z" + x) } probe begin { zap(1); exit() }'
    status, _, err = stap("-p2", "-e", loud)
    assert status == 1 and "operator '+'" in err


# ------------------------------------------------------------ -G NAME=VALUE

_G_SCRIPT = 'global port = 0, tag = "x", seen\nprobe begin { printf("%d %s\\n", port, tag); seen[1] = 1; exit() }'


def test_global_option_sets_the_initial_value_by_type():
    status, out, err = stap("-p3", "-G", "port=0x50", "-G", "tag=web", "-e", _G_SCRIPT)
    assert status == 0, err
    assert "atomic64_set(&xt_g_port, ((s64)80LL));" in out
    assert 'xt_g_tag, "web"' in out


@pytest.mark.parametrize("arg, message", [
    ("port=1.5", "Invalid -G parameter 'port=1.5'"),
    ("port", "Invalid -G parameter 'port'"),
    ("nosuch=1", "the script has no global variable 'nosuch'"),
    ("seen=1", "'seen' is an array"),
    ("port=abc", "'port' is a number and 'abc' is not one"),
])
def test_global_option_errors(arg, message):
    status, _out, err = stap("-p2", "-G", arg, "-e", _G_SCRIPT)
    assert status == 1
    assert message in err


# ------------------------------------------------------------ -I DIR

def test_include_dir_uses_only_the_tapset_files_the_script_names(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "used.stp").write_text(
        "global hits\nprobe my.tick = timer.s(1) { n = 1 }\nfunction twice(x) { hits++; return 2 * x }\n")
    (tmp_path / "unused.stp").write_text('probe begin { println("unused") }\n')
    script = "probe my.tick { println(twice(n)) }"
    prog = frontends.parse(script, "s.stp", "stap", (), include_dirs=(str(tmp_path),))
    assert [pt.kind for p in prog.probes for pt in p.points] == ["timer"]
    assert [g.name for g in prog.globals] == ["hits"]  # a tapset's: not auto-printed
    status, _out, err = stap("-p2", "-I", str(tmp_path), "-e", script)
    assert status == 0, err
    status, _out, err = stap("-p2", "-e", script)
    assert status == 1 and "my.tick" in err


def test_kernel_string_of_a_string_is_a_type_mismatch(tmp_path):
    # stap's kernel_string() takes an address; a char array member is one (its
    # address), a string value is not: stap refuses it at pass 2
    script = tmp_path / "ks.stp"
    script.write_text('probe begin { s = "x"; println(kernel_string(s)); exit() }\n')
    status, _, err = stap("-p2", str(script))
    assert status == 1 and "type mismatch: kernel_string() takes a kernel address" in err
    assert f"{script}:1:46" in err
