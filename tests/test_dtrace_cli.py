"""`xtrace dtrace`: dtrace(1M)'s options, messages and exit statuses.

Expected messages are dtrace's own wording (cmd/dtrace.c, libdtrace's
dt_lex.l, dt_pragma.c, dt_error.c): `dtrace: failed to compile script F:
line N: ...`, `dtrace: invalid probe specifier SPEC: ...`, exit 1 for
errors and 2 for usage. The first group runs in-process without a kernel;
the last group runs through the command in the sandbox VM.
"""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from xtrace.driver import dtrace_args as da
from xtrace.driver import dtrace_cli
from xtrace.driver import probelist
from xtrace.frontends.d import preprocess as pp
from xtrace.ir.loc import XtraceError

XTRACE = [sys.executable, "-m", "xtrace.driver"]


def dtrace(*argv: str) -> tuple[int, str, str]:
    """Run the dtrace command in-process: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    status = dtrace_cli.main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


# ------------------------------------------------------------ option parsing

def test_options_cluster_and_take_glued_or_next_values():
    o = da.parse_args(["-qs", "a.d", "-xstrsize=64", "-x", "aggsortkey", "-Zw", "-n", "BEGIN", "7", "x y"])
    assert o.quiet and o.zdefs and o.destructive
    assert o.specs == [("s", "a.d"), ("n", "BEGIN")]
    assert o.xopts == [("strsize", "64"), ("aggsortkey", None)]
    assert o.args == ["7", "x y"]  # operands anywhere are macro arguments


def test_operands_between_options_and_long_options():
    o = da.parse_args(["1", "-qn", "BEGIN{}", "two", "--timeout", "5", "--target=sandbox", "-64"])
    assert o.args == ["1", "two"] and o.longopts == {"timeout": "5", "target": "sandbox"}
    assert o.specs == [("n", "BEGIN{}")]


@pytest.mark.parametrize("argv, message", [
    (["-k"], "dtrace: invalid option -- 'k'"),
    (["-n"], "dtrace: option requires an argument -- 'n'"),
    (["-32", "-n", "BEGIN"], "dtrace: illegal option -- 32"),
    (["-G", "-s", "x.d"], "not supported by xtrace"),
    (["--bogus"], "unrecognized option '--bogus'"),
])
def test_usage_errors_exit_2_with_the_usage(argv, message):
    status, _, err = dtrace(*argv)
    assert status == 2
    assert err.startswith(message) or message in err
    assert "Usage: xtrace dtrace" in err


def test_no_arguments_prints_usage_and_exits_2():
    status, _, err = dtrace()
    assert status == 2 and err.startswith("Usage:")


def test_no_probes_specified_is_an_error():
    assert dtrace("-q") == (1, "", "dtrace: no probes specified\n")


def test_version():
    status, out, _ = dtrace("-V")
    assert status == 0 and out.startswith("dtrace: ")


def test_descriptions_from_P_m_f_n():
    assert da.spec_text("n", "BEGIN") == "BEGIN {}"
    assert da.spec_text("n", "syscall::read:entry /pid == 1/") == "syscall::read:entry /pid == 1/ {}"
    assert da.spec_text("n", "BEGIN { exit(0); }") == "BEGIN { exit(0); }"
    assert da.spec_text("P", "syscall").startswith("syscall::: ")
    assert da.spec_text("m", "vmlinux").startswith(":vmlinux:: ")
    assert da.spec_text("f", "syscall::read").startswith("syscall::read: ")
    # dtrace names a description by its text up to the first `{`, `/` or `;`
    assert da.spec_name("BEGIN { exit(0); }") == "BEGIN "
    assert da.spec_name("syscall::read:entry/pid/") == "syscall::read:entry"


# ------------------------------------------------------------ macros

def _expand(text: str, args: list[str], **kw) -> str:
    ctx = pp.MacroContext(["t.d", *args], pp.macro_variables(kw.pop("target", 0)), **kw)
    return pp.expand_macros(text, "t.d", ctx)


def test_macro_arguments_become_tokens_or_strings():
    text = 'BEGIN { a = $1; b = $2; c = $$1; d = $3; printf("$1 stays"); } /* $1 too */'
    got = _expand(text, ["42", "execname", "/tmp/x y"])
    assert got == ('BEGIN { a = 42; b = execname; c = "42"; d = "/tmp/x y"; printf("$1 stays"); }'
                   ' /* $1 too */')


def test_quoted_argument_loses_its_quotes_and_negative_numbers_stay_numbers():
    assert _expand("BEGIN { x = $1; y = $2; }", ['"hi"', "-5"]) == 'BEGIN { x = "hi"; y = -5; }'


def test_macros_in_probe_descriptions_paste_text():
    got = _expand("syscall::$1:entry, pid$target::malloc:entry /pid == $target/ { }", ["read"], target=99)
    assert got == "syscall::read:entry, pid99::malloc:entry /pid == 99/ { }"


def test_macro_variables():
    got = _expand("BEGIN { trace($pid); trace($$target); }", [], target=7)
    import os
    assert got == f'BEGIN {{ trace({os.getpid()}); trace("7"); }}'


@pytest.mark.parametrize("text, message", [
    ("BEGIN { x = $2; }", "macro argument $2 is not defined"),
    ("BEGIN { x = $$3; }", "macro argument $$3 is not defined"),
    ("BEGIN { x = $nosuch; }", "macro variable $nosuch is not defined"),
])
def test_undefined_macros_are_errors_at_the_token(text, message):
    with pytest.raises(XtraceError) as ei:
        _expand(text, ["1"])
    assert ei.value.message == message
    assert (ei.value.loc.line, ei.value.loc.col) == (1, 13)


def test_defaultargs_makes_missing_arguments_zero_and_empty():
    assert _expand("BEGIN { x = $1; y = $$2; }", [], defaultargs=True) == 'BEGIN { x = 0; y = ""; }'


def test_destructive_calls_are_found_outside_strings_and_members():
    text = 'BEGIN { system("ls"); x->stop = 1; printf("raise()"); raise(9); }'
    assert [c[0] for c in pp.destructive_calls(text)] == ["system", "raise"]


# ------------------------------------------------------------ cpp

def test_cpp_maps_lines_back_to_script_and_header(tmp_path):
    (tmp_path / "defs.h").write_text("#define LIMIT 3\ninline int z = 1;\n")
    script = tmp_path / "s.d"
    src = '#!/usr/sbin/dtrace -qs\n#include "defs.h"\n\nBEGIN { x = LIMIT; }\n'
    script.write_text(src)
    m = pp.run_cpp(src, str(script))
    lines = m.text.split("\n")
    assert lines[0] == "#!/usr/sbin/dtrace -qs"  # the interpreter line's flags still count
    i = next(k for k, t in enumerate(lines) if "x = 3" in t)
    assert m.where(i + 1) == (str(script), 4)
    j = next(k for k, t in enumerate(lines) if "inline int z" in t)
    assert m.where(j + 1)[1] == 2 and m.where(j + 1)[0].endswith("defs.h")


def test_cpp_defines_from_the_command_line():
    m = pp.run_cpp("BEGIN { x = N; }\n", "<x>", defines=["N=5"])
    assert "x = 5;" in m.text


# ------------------------------------------------------------ compile errors

def test_script_error_names_line_and_shows_column_and_caret(tmp_path):
    f = tmp_path / "t.d"
    f.write_text("BEGIN\n{\n\tx = ;\n}\n")
    status, out, err = dtrace("-e", "-s", str(f))
    assert status == 1 and out == ""
    first, where, text, caret = err.splitlines()[:4]
    assert first.startswith(f"dtrace: failed to compile script {f}: line 3: syntax error")
    assert where == f"  --> {f}:3:6"
    assert text == "     x = ;" and caret == "         ^"


def test_description_that_matches_nothing_without_and_with_Z(tmp_path):
    f = tmp_path / "t.d"
    f.write_text("BEGIN { exit(0); }\n\nsyscall::nosuch:entry\n{\n}\n")
    status, _, err = dtrace("-e", "-s", str(f))
    assert status == 1
    assert err.splitlines()[0] == (f"dtrace: failed to compile script {f}: line 3: probe description "
                                   "syscall::nosuch:entry does not match any probes")
    assert dtrace("-e", "-Z", "-s", str(f))[0] == 0
    assert dtrace("-e", "-x", "zdefs", "-s", str(f))[0] == 0


def test_probe_specifier_errors_name_the_specifier():
    status, _, err = dtrace("-e", "-n", "syscall::nosuch:entry")
    assert err.splitlines()[0] == ("dtrace: invalid probe specifier syscall::nosuch:entry: probe "
                                   "description syscall::nosuch:entry does not match any probes")


def test_error_in_a_second_piece_names_that_piece(tmp_path):
    f = tmp_path / "ok.d"
    f.write_text("BEGIN { x = 1; }\n")
    status, _, err = dtrace("-e", "-s", str(f), "-n", "END { y = ; }")
    assert status == 1 and err.startswith("dtrace: invalid probe specifier END { y = ; }: syntax error")
    assert "  --> -n:1:11" in err


def test_macro_errors_and_extraneous_arguments(tmp_path):
    f = tmp_path / "m.d"
    f.write_text("BEGIN\n{\n\tx = $1 + $2;\n}\n")
    status, _, err = dtrace("-e", "-s", str(f), "1")
    assert status == 1
    assert err.splitlines()[0] == f"dtrace: failed to compile script {f}: line 3: macro argument $2 is not defined"
    status, _, err = dtrace("-e", "-s", str(f), "1", "2", "3")
    assert status == 1
    assert err.splitlines()[0] == (f"dtrace: failed to compile script {f}: line 5: "
                                   "extraneous argument '3' ($3 is not referenced)")
    assert dtrace("-e", "-s", str(f), "1", "2")[0] == 0
    assert dtrace("-e", "-x", "argref", "-s", str(f), "1", "2", "3")[0] == 0


def test_cpp_errors_in_headers_name_the_header(tmp_path):
    (tmp_path / "bad.h").write_text("#define X 1\ninline int y = ;\n")
    f = tmp_path / "c.d"
    f.write_text('#include "bad.h"\nBEGIN { exit(X); }\n')
    status, _, err = dtrace("-C", "-e", "-s", str(f))
    assert status == 1
    assert err.startswith(f'dtrace: failed to compile script {f}: "{tmp_path}/bad.h", line 2: ')
    status, _, err = dtrace("-C", "-e", "-s", str(f), "-D", "NOTHING")
    assert status == 1
    (tmp_path / "bad.h").write_text("#define X 1\n")
    assert dtrace("-C", "-e", "-s", str(f))[0] == 0
    f.write_text('#include "missing.h"\nBEGIN { }\n')
    status, _, err = dtrace("-C", "-e", "-s", str(f))
    assert status == 1
    assert err.startswith(f"dtrace: failed to compile script {f}: Preprocessor failed to process input program")


def test_bad_options_and_pids():
    assert dtrace("-e", "-x", "nosuchopt", "-n", "BEGIN")[2] == "dtrace: failed to set -x nosuchopt: Invalid option name\n"
    assert dtrace("-e", "-p", "abc", "-n", "BEGIN")[1:] == ("", "dtrace: invalid pid: abc\n")
    status, _, err = dtrace("-e", "-s", "/no/such/file.d")
    assert (status, err) == (1, "dtrace: failed to open /no/such/file.d: No such file or directory\n")


def test_pragma_option_errors_in_dtrace_words(tmp_path):
    f = tmp_path / "p.d"
    f.write_text("#pragma D option quiet\n#pragma D option bufsize=4m\n#pragma D option nosuch=1\nBEGIN { }\n")
    status, _, err = dtrace("-e", "-s", str(f))
    assert status == 1
    assert err.splitlines()[0] == (f"dtrace: failed to compile script {f}: line 3: "
                                   "failed to set option 'nosuch' to '1': Invalid option name")


def test_destructive_actions_need_w():
    status, _, err = dtrace("-q", "-n", 'BEGIN { system("date"); exit(0); }')
    assert (status, err) == (1, "dtrace: could not enable tracing: Destructive actions not allowed\n")


def test_matched_counts_per_program_leave_out_the_aggregation_printing_end(tmp_path):
    from xtrace.driver.targets import choose_target
    from xtrace.ir.analysis import analyze
    f = tmp_path / "agg.d"
    f.write_text("syscall::read:entry, syscall::write:entry { @[execname] = count(); }\n")
    joined, prog = dtrace_cli._compile(da.parse_args(["-s", str(f), "-n", "END {}"]), 0)
    an = analyze(prog, choose_target("auto", None, None).kernel_target(False))
    assert [(p.name, n) for p, n in dtrace_cli._matches(joined, an)] == [(str(f), 2), ("END {}", 1)]


def test_run_notice_leaves_out_the_aggregation_printing_end():
    # `xtrace run`'s notice counts the analysis' sites: D's implicit dump is no clause.
    from xtrace import frontends
    from xtrace.driver.targets import choose_target
    from xtrace.ir.analysis import analyze
    prog = frontends.parse("syscall::getppid:entry { @ = count(); }\n", "g.d", "d")
    assert analyze(prog, choose_target("auto", None, None).kernel_target(False)).n_matched == 1


# ------------------------------------------------------------ -l

def test_list_all_probes_in_dtrace_layout():
    status, out, _ = dtrace("-l")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "   ID   PROVIDER            MODULE                          FUNCTION NAME"
    assert lines[1] == "    1     dtrace                                                     BEGIN"
    reads = [ln for ln in lines if ln.split()[1:] in (["syscall", "vmlinux", "read", "entry"],
                                                      ["syscall", "vmlinux", "read", "return"])]
    assert len(reads) == 2
    assert reads[0] == "%5d %10s %17s %33s %s" % (int(reads[0].split()[0]), "syscall", "vmlinux", "read", "entry")


def test_list_what_descriptions_match(tmp_path):
    status, out, _ = dtrace("-l", "-n", "syscall::read*:entry", "-n", "END", "-n", "syscall::nosuch:entry")
    assert status == 0
    rows = [ln.split() for ln in out.splitlines()[1:]]
    names = [r[3] if len(r) == 5 else r[2] for r in rows]
    assert "read" in names and "readv" in names and names[-1] == "END"
    assert all(r[-1] in ("entry", "END") for r in rows)
    o = tmp_path / "list.txt"
    o.write_text("before\n")
    assert dtrace("-l", "-n", "BEGIN", "-o", str(o))[:2] == (0, "")
    assert o.read_text() == "before\n" + probelist.header() + "\n" + \
        "    1     dtrace                                                     BEGIN\n"


def test_list_empty_and_globbed_providers():
    """-l with an empty or globbed provider lists each provider's matching probes."""
    status, out, _ = dtrace("-l", "-n", "::sync:entry", "-n", "s*scall::sync:return",
                            "-n", ":::BEGIN", "-n", "::nosuch:entry")
    assert status == 0
    rows = [ln.split()[1:] for ln in out.splitlines()[1:]]
    assert rows == [["syscall", "vmlinux", "sync", "entry"], ["syscall", "vmlinux", "sync", "return"],
                    ["dtrace", "BEGIN"]]


# ------------------------------------------------------------ in the sandbox

def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*XTRACE, "dtrace", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=timeout)


def test_sandbox_macro_arguments_quiet_and_exit_status():
    r = run("-q", "-n", 'BEGIN { printf("%d %s\\n", $1, $$2); exit(3); }', "42", "foo")
    assert r.returncode == 3, r.stderr
    assert r.stdout == "42 foo\n"
    assert "matched" not in r.stderr


def test_sandbox_script_and_description_notices_cpp_and_output_file(tmp_path):
    (tmp_path / "defs.h").write_text('#define GREETING "hello from cpp"\n')
    f = tmp_path / "c.d"
    f.write_text('#include "defs.h"\nBEGIN\n{\n\tprintf("%s %d\\n", GREETING, $1);\n}\n')
    o = tmp_path / "out.txt"
    o.write_text("kept\n")
    # Each program must use the last argument, as in dtrace (else "extraneous argument").
    r = run("-C", "-s", str(f), "-n", "BEGIN { exit($1 - 5); }", "-o", str(o), "5")
    assert r.returncode == 0, r.stderr
    err = r.stderr.splitlines()
    assert f"dtrace: script '{f}' matched 1 probe" in err
    assert "dtrace: description 'BEGIN ' matched 1 probe" in err
    text = o.read_text()
    assert text.startswith("kept\n") and "hello from cpp 5\n" in text
    assert "hello from cpp" not in r.stdout


def test_sandbox_target_is_the_command_pid(tmp_path):
    (tmp_path / "me.sh").write_text("echo child=$$\n")
    r = run("-q", "-n", 'BEGIN { printf("target=%d\\n", $target); }',
            "-n", 'syscall::getppid:entry /pid == $target/ { printf("seen\\n"); }',
            "-c", f"sh {tmp_path}/me.sh")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    target = next(ln.split("=")[1] for ln in lines if ln.startswith("target="))
    child = next(ln.split("=")[1] for ln in lines if ln.startswith("child="))
    assert target == child
    assert "seen" in lines


def test_sandbox_c_command_that_cannot_be_executed_is_dtraces_failure():
    """dtrace -c creates the command held at its exec: one that never gets there
    (no such program) is `failed to execute`, status 1, and no session (no BEGIN)."""
    r = run("-q", "-n", 'BEGIN { printf("began\\n"); }', "-c", "/nonexistent/prog")
    assert r.returncode == 1 and "began" not in r.stdout, r
    assert "dtrace: failed to execute /nonexistent/prog: No such file or directory" in r.stderr, r.stderr


def test_sandbox_p_grabs_a_process():
    # In the guest, pid 1 (its init) is the one process sure to exist.
    r = run("-q", "-p", "1", "-n", 'BEGIN { printf("%d\\n", $target); exit(0); }')
    assert r.returncode == 0, r.stderr
    assert r.stdout == "1\n"


def test_matched_counts_a_provider_probe_once_whatever_stands_for_it(tmp_path):
    # sched:::enqueue is four scheduling classes' hooks and proc:::start shares
    # schedule_tail() with lwp-start: DTrace counts its own probes
    from xtrace.driver.targets import choose_target
    from xtrace.ir.analysis import analyze
    f = tmp_path / "p.d"
    f.write_text("sched:::enqueue, sched:::dequeue { @ = count(); }\n"
                 "proc:::start, proc:::lwp-start, proc:::create, proc:::lwp-create { @ = count(); }\n")
    joined, prog = dtrace_cli._compile(da.parse_args(["-s", str(f)]), 0)
    an = analyze(prog, choose_target("auto", None, None).kernel_target(True))
    assert [n for _, n in dtrace_cli._matches(joined, an)] == [6]
    assert an.n_matched == 6


def test_the_syscall_table_has_no_call_named_after_its_size(tmp_path):
    """unistd_64.h ends with `#define __NR_syscalls N`, the table's size: no probe
    `syscall::syscalls:entry` (dtrace -l listed one, and `syscall:::entry` counted it)."""
    from xtrace.ir.target import read_syscall_table
    h = tmp_path / "arch/x86/include/generated/uapi/asm/unistd_64.h"
    h.parent.mkdir(parents=True)
    h.write_text("#define __NR_read 0\n#define __NR_write 1\n#define __NR_syscalls 451\n")
    assert read_syscall_table(tmp_path) == {"read": 0, "write": 1}
