"""The shell line that runs a -c command as D's $target pid (driver/targets.py)."""

from __future__ import annotations

import subprocess

from xtrace.driver.targets import command_as_pid


def _run(cmd: str) -> subprocess.CompletedProcess:
    # A pid that is surely not next: the line must still run the command (and say so).
    return subprocess.run(["/bin/sh", "-c", command_as_pid(cmd, 2)], capture_output=True, text=True)


def test_simple_command_is_execed():
    line = command_as_pid("echo hi there", 1234)
    assert line.endswith("exec echo hi there)")
    r = _run("echo hi there")
    assert r.stdout == "hi there\n" and "not 2 ($target)" in r.stderr


def test_exec_prefix_is_not_doubled():
    assert "exec exec" not in command_as_pid("exec echo x", 1234)
    assert _run("exec echo x").stdout == "x\n"


def test_shell_construct_keeps_its_shell():
    line = command_as_pid("echo a; echo b", 1234)
    assert "exec /bin/sh -c 'echo a; echo b'" in line
    assert _run("echo a; echo b").stdout == "a\nb\n"
