"""Command lines the robustness fuzzing found mishandled (regressions): odd files
and directories get the tool's clean error and exit status, never a traceback,
an internal error or a read that never ends."""

from __future__ import annotations

import subprocess
import sys

import pytest

XTRACE = [sys.executable, "-m", "xtrace.driver"]


def xtrace(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*XTRACE, *args], capture_output=True, input=stdin,
                          stdin=None if stdin is not None else subprocess.DEVNULL, timeout=120)


@pytest.mark.parametrize("argv, status, message", [
    (["run", "-p", "1", "--lang", "d", "/dev/zero"], 2, "xtrace: error: cannot read /dev/zero: File too large"),
    (["stap", "-p1", "/dev/zero"], 1, "xtrace: error: cannot read /dev/zero: File too large"),
    (["dtrace", "-e", "-s", "/dev/zero"], 1, "dtrace: failed to open /dev/zero: File too large"),
    (["probevue", "/dev/zero"], 1, "probevue: cannot open /dev/zero: File too large"),
    (["translate", "--to", "d", "--from", "stap", "/dev/zero"], 2, "xtrace: error: cannot read /dev/zero: File too large"),
])
def test_an_endless_file_is_refused_not_read_until_memory_runs_out(argv, status, message):
    """/dev/zero named as the script used to be read until the machine ran out
    of memory (19 GiB before it was stopped); past 16 MiB a script is refused."""
    r = xtrace(*argv)
    assert r.returncode == status
    assert r.stderr.decode().strip() == message


def test_probevue_script_that_is_not_utf8_is_an_error_at_the_byte(tmp_path):
    """probevue read its script with Path.read_text(): a non-UTF-8 byte was an
    internal UnicodeDecodeError."""
    f = tmp_path / "latin.e"
    f.write_bytes(b'@@BEGIN\n{\n\tprintf("\xe9\\n");\n\texit();\n}\n')
    r = xtrace("probevue", str(f))
    assert r.returncode == 1
    assert r.stderr.decode().strip() == f"xtrace: error: {f}:3:10: the script is not UTF-8 text"


@pytest.mark.parametrize("argv, name", [
    (["stap", "-p1", "-"], "<input>"),
    (["run", "-p", "1", "-"], "<stdin>"),
    (["translate", "--to", "d", "-"], "<stdin>"),
    (["probevue"], "<stdin>"),
])
def test_standard_input_that_is_not_utf8_is_an_error_at_the_byte(argv, name):
    r = xtrace(*argv, stdin=b'probe begin { println("\xff") }\n')
    assert r.returncode == 1
    assert r.stderr.decode().strip() == f"xtrace: error: {name}:1:24: the script is not UTF-8 text"


def test_host_target_with_a_headers_directory_that_does_not_exist():
    """The host target took --headers (or /lib/modules/RELEASE/build) on trust:
    a missing one was an internal FileNotFoundError."""
    r = xtrace("run", "-p", "2", "--target", "host", "--headers", "/nonexistent/kbuild",
               "-e", "probe begin { exit() }")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == "xtrace: error: --headers /nonexistent/kbuild: no such directory"


def test_headers_directory_that_is_no_kernel_build_tree(tmp_path):
    r = xtrace("run", "-p", "2", "--target", "host", "--headers", str(tmp_path),
               "-e", "probe begin { exit() }")
    assert r.returncode == 1
    assert r.stderr.decode().strip() == (
        f"xtrace: error: {tmp_path} is not a prepared kernel build tree (it has no "
        "arch/x86/include/generated/uapi/asm/unistd_64.h): give the kernel headers' "
        "directory with --headers")


def dtrace(*argv: str) -> tuple[int, str]:
    """The dtrace command in-process: (status, stderr)."""
    import io
    from xtrace.driver import dtrace_cli
    out, err = io.StringIO(), io.StringIO()
    return dtrace_cli.main(list(argv), out, err), err.getvalue()


def test_dtrace_limit_option_that_is_not_a_size():
    """Was `dtrace: failed to set -x: -x bufsize: 'zz' is not a size`."""
    assert dtrace("-x", "bufsize=zz", "-e", "-n", "BEGIN") == (
        1, "dtrace: failed to set -x bufsize: Invalid value for specified option\n")
    assert dtrace("-b", "4q", "-e", "-n", "BEGIN") == (
        1, "dtrace: failed to set -x bufsize: Invalid value for specified option\n")


def test_unfinished_n_action_is_an_error_of_that_description():
    """`-n 'END {'` got an empty action appended inside its unfinished one
    (`END { {}`: syntax error near "{"), and an unfinished -n ran on into the
    next -n or -x pragma, which was blamed; dtrace compiles each by itself."""
    assert dtrace("-e", "-n", "BEGIN {") == (1, (
        "dtrace: invalid probe specifier BEGIN {: syntax error near end of input\n"
        "  --> -n:1:8\n    BEGIN {\n           ^\n"))
    status, err = dtrace("-q", "-e", "-n", "BEGIN { trace(1);", "-n", "END {")
    assert status == 1
    assert err.splitlines()[0] == ("dtrace: invalid probe specifier BEGIN { trace(1);: "
                                   "syntax error near end of input")
    status, err = dtrace("-e", "-n", "BEGIN { trace(1); }", "-n", "END {")
    assert status == 1
    assert err.splitlines()[0] == "dtrace: invalid probe specifier END {: syntax error near end of input"


@pytest.mark.parametrize("value", ["x", "nan", "inf", "-1", "0"])
def test_dtrace_timeout_that_is_no_number_of_seconds_is_refused_before_compiling(value):
    """--timeout was read only after the module was built, and took nan (a session
    that never timed out) or a negative number."""
    assert dtrace("--timeout", value, "-e", "-n", "BEGIN") == (
        2, f"dtrace: --timeout wants seconds, got '{value}'\n")


@pytest.mark.parametrize("argv, message", [
    (["run", "--timeout", "nan", "-e", "probe begin { exit() }"], "xtrace: error: --timeout wants seconds, got 'nan'"),
    (["probevue", "--timeout", "-1", "x.e"], "probevue: --timeout wants seconds, got '-1'"),
])
def test_timeout_that_is_no_number_of_seconds_is_a_usage_error(argv, message):
    r = xtrace(*argv)
    assert r.returncode == 2
    assert r.stderr.decode().splitlines()[0] == message


def test_dtrace_pid_no_kernel_hands_out_fails_before_booting_anything():
    """-p 99999999999999999999 booted the sandbox to find the process missing."""
    assert dtrace("-p", "99999999999999999999", "-n", "BEGIN") == (
        1, "dtrace: failed to grab pid 99999999999999999999: no such process\n")


def test_probevue_buffer_size_in_digits_int_does_not_take():
    """`-s ²` passed str.isdigit() and was an internal ValueError."""
    r = xtrace("probevue", "-s", "²", "x.e")
    assert r.returncode == 2
    assert r.stderr.decode().splitlines()[0] == "probevue: -s wants a buffer size in KB, got '²'"


def test_translate_output_directory_that_is_a_file(tmp_path):
    """-o naming a file was an internal FileExistsError from mkdir."""
    (tmp_path / "out").write_text("")
    script = tmp_path / "a.d"
    script.write_text("BEGIN { exit(0); }\n")
    r = xtrace("translate", "--to", "stp", "-o", str(tmp_path / "out"), str(script))
    assert r.returncode == 2
    assert r.stderr.decode().strip() == f"xtrace: error: -o {tmp_path / 'out'}: not a directory"


def test_modules_without_a_kernel_image_is_refused():
    """--modules without --kernel PATH was silently ignored."""
    r = xtrace("run", "-p", "2", "--modules", "/x", "-e", "probe begin { exit() }")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == "xtrace: error: --modules goes with --kernel PATH (an image file)"
