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
    args = prog.probes[0].body.stmts[0].args
    assert args[0].value == 'say "hi"'
    # $3 is "-2": lexed as script text, so `$2 + $3` is 40 + -2
    assert (args[1].op, args[1].lhs.value, args[1].rhs.value) == ("+", 40, -2)
    assert args[1].lhs.loc.col == 37  # the new tokens stand where `$2` stood


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


def test_list_with_variables():
    _, out, _ = stap("-L", "syscall.openat")
    words = out.split()
    assert words[0] == "syscall.openat"
    assert {"name:string", "filename:string", "flags:long", "argstr:string"} <= set(words[1:])
    _, out, _ = stap("-L", 'kernel.function("vfs_read")')
    assert out.strip().startswith('kernel.function("vfs_read") $file:struct file* $buf:char*')
    _, out, _ = stap("-L", 'kernel.trace("sched:sched_switch")')
    assert "$prev:struct task_struct*" in out and "$next:struct task_struct*" in out


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
    assert status == 1 and "invalid module name 'bad-name'" in err
