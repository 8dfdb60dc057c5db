"""`xtrace probevue`: probevue(1)'s -X, -A, -o, -s and script arguments."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from xtrace.driver.probevue_cli import (ProbevueOptions, UsageError, bufsize_limit, command_line,
                                        parse_args, script_arg_lines, substitute_args)
from xtrace.ir.loc import XtraceError
from sessions import start_session


def test_options_stop_at_the_script_name():
    o = parse_args(["-o", "out.txt", "-s", "64", "-X", "/bin/ls", "-A", "-l /", "t.e", "-X", "3"])
    assert (o.output, o.bufsize_kb, o.program, o.program_args) == ("out.txt", 64, "/bin/ls", "-l /")
    assert (o.script, o.script_args) == ("t.e", ["-X", "3"])
    assert parse_args([]).script is None


@pytest.mark.parametrize("argv, msg", [
    (["-Z"], "unknown flag -Z"),
    (["-I", "x.h", "t.e"], "-I (include files) is not supported"),
    (["-s", "big", "t.e"], "buffer size in KB"),
    (["-A", "x", "t.e"], "give -X too"),
    (["-o"], "-o needs a value"),
])
def test_bad_command_lines(argv, msg):
    with pytest.raises(UsageError, match=re.escape(msg)):
        parse_args(argv)


def test_script_arguments_are_substituted_outside_strings_and_comments():
    src = '@@syscall:$1:read:entry /* $2 */ { printf("$1 %s\\n", $2); x = $0; }'
    assert substitute_args(src, ["42", '"ksh"'], "t.e") == \
        '@@syscall:42:read:entry /* $2 */ { printf("$1 %s\\n", "ksh"); x = "t.e"; }'
    assert substitute_args("x = $__CPID;", [], "t.e") == "x = $__CPID;"
    with pytest.raises(XtraceError) as info:
        substitute_args("@@BEGIN {\n  x = $3;\n}", ["1"], "t.e")
    assert "script argument $3 was not given" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (2, 7)


def test_program_line_and_buffer_size():
    assert command_line(ProbevueOptions(program="/bin/echo", program_args="a  'b c'")) == \
        "/bin/echo a 'b c'"
    assert command_line(ProbevueOptions()) is None
    assert bufsize_limit(64) == 64 * 1024 and bufsize_limit(100) == 128 * 1024
    assert bufsize_limit(1) == 4096


def test_probevue_runs_the_program_and_writes_the_output_file(tmp_path):
    script = tmp_path / "w.e"
    script.write_text('@@syscall:$__CPID:$1:entry\n{\n\tprintf("%s: %s %d\\n", __pname, $2, $3);\n'
                      '\texit();\n}\n')
    out = tmp_path / "trace.out"
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "probevue", "-o", str(out), "-s", "128",
                        "-X", "/bin/echo", "-A", "hi  there", str(script), "write", '"args"', "7"],
                       capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)
    assert r.returncode == 0, r.stderr
    assert out.read_text() == "echo: args 7\n"
    assert "hi there" in r.stdout  # the program's own output stays on standard output


def test_exported_environment_variables_are_substituted():
    src = '@@uft:$PID:*:foo:entry { if (s == $FILE_NAME) printf("$PID\\n"); x = $__CPID; }'
    env = {"PID": "3423", "FILE_NAME": '"/etc/passwd"'}
    assert substitute_args(src, [], "t.e", env) == \
        '@@uft:3423:*:foo:entry { if (s == "/etc/passwd") printf("$PID\\n"); x = $__CPID; }'
    with pytest.raises(XtraceError) as info:
        substitute_args("@@BEGIN {\n  x = $NOT_EXPORTED;\n}", [], "t.e", {})
    assert "environment variable $NOT_EXPORTED is not set" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (2, 7)


def test_flags_and_arguments_kept_in_the_script():
    src = '#!/usr/bin/probevue\n#VUE_CMD_ARGS -s 64 -X /bin/ls -A "-l /tmp"\n#VUE_SCRIPT_ARGS 5 "ksh"\n'
    assert script_arg_lines(src) == (["-s", "64", "-X", "/bin/ls", "-A", "-l /tmp"], ["5", '"ksh"'])
    assert script_arg_lines("@@BEGIN { exit(); }\n") == (None, None)


def _run_probevue(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xtrace.driver", "probevue", *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)


def test_script_lines_are_used_unless_the_command_line_gives_its_own(tmp_path):
    script = tmp_path / "kept.e"
    script.write_text('#VUE_CMD_ARGS -X /bin/echo -A "from the script"\n#VUE_SCRIPT_ARGS "kept"\n'
                      '@@syscall:$__CPID:write:entry\n{\n\tprintf("%s %s\\n", __pname, $1);\n\texit();\n}\n')
    r = _run_probevue([str(script)])
    assert r.returncode == 0, r.stderr
    assert "echo kept\n" in r.stdout and "from the script" in r.stdout
    # Flags and arguments on the command line win over the script's.
    r = _run_probevue(["-X", "/bin/echo", "-A", "from the command line", str(script), '"given"'])
    assert r.returncode == 0, r.stderr
    assert "echo given\n" in r.stdout and "from the command line" in r.stdout
    assert "kept" not in r.stdout and "from the script" not in r.stdout


def test_ctrl_c_runs_the_end_clause(tmp_path):
    """probevue's session ends at Ctrl-C (SIGINT) as at exit(): @@END runs and prints
    what the probes gathered, and the exit status is 0."""
    import signal
    import time
    script = tmp_path / "ctrlc.e"
    script.write_text('int n;\n@@BEGIN\n{\n\tprintf("started\\n");\n}\n'
                      '@@syscall:*:getpid:entry, @@syscall:*:read:entry, @@syscall:*:write:entry\n'
                      '{\n\tn++;\n}\n@@END\n{\n\tprintf("end %d\\n", n > 0);\n}\n')
    p, seen = start_session([sys.executable, "-m", "xtrace.driver", "probevue", str(script)])
    try:
        time.sleep(1)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
    assert (seen + out).decode().splitlines() == ["started", "end 1"], err.decode()
    assert p.returncode == 0
