"""Probes of a running process given by number (D's pidNNN provider, Vue's
`@@uft:PID:...`): the host reads the process's program from /proc/PID/exe; the
sandbox VM, whose processes are the guest's, refuses them naming -X / -c."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.targets import RunTarget, process_modules, resolve_process_programs
from xtrace.ir.loc import XtraceError

HOST = RunTarget("host", "x", Path("/nonexistent"))
SANDBOX = RunTarget("sandbox", "x", Path("/nonexistent"))


def _prog(text: str, lang: str):
    return frontends.parse(text, {"d": "t.d", "vue": "t.e"}[lang], lang)


def test_host_reads_the_program_of_the_process():
    me = os.getpid()
    prog = _prog(f"@@uft:{me}:*:main:entry\n{{ }}\n", "vue")
    resolve_process_programs(prog, HOST)
    assert prog.options["pid_programs"] == {me: os.path.realpath(f"/proc/{me}/exe")}
    d = _prog(f"pid{me}::main:entry {{ }}", "d")
    resolve_process_programs(d, HOST)
    assert d.options["pid_programs"] == {me: os.path.realpath(f"/proc/{me}/exe")}


def test_host_names_a_process_that_does_not_exist():
    pid = 4_000_000  # a pid no process has
    while Path(f"/proc/{pid}").exists():
        pid += 1
    prog = _prog(f"@@uft:{pid}:*:foo:entry\n{{ }}\n", "vue")
    with pytest.raises(XtraceError, match=f"no process {pid}"):
        resolve_process_programs(prog, HOST)


def test_sandbox_refuses_a_process_number_naming_the_way():
    prog = _prog("@@uft:123450 :*: foo :entry\n{ }\n", "vue")
    with pytest.raises(XtraceError) as info:
        resolve_process_programs(prog, SANDBOX)
    msg = info.value.message
    assert "sandbox VM" in msg and "host process 123450 does not exist there" in msg
    assert "-X PROGRAM" in msg and "$__CPID" in msg
    assert (info.value.loc.line, info.value.loc.col) == (1, 1)
    assert "^" in info.value.render()
    d = _prog("pid123450::foo:entry { }", "d")
    with pytest.raises(XtraceError, match=r"-c CMD and write pid\$target"):
        resolve_process_programs(d, SANDBOX)


def test_the_commands_own_pid_and_cpid_stay_on_the_commands_program():
    # D's $target under -c is the command's pid-to-be; Vue's $__CPID has no number
    d = _prog("pid4242::foo:entry { }", "d")
    resolve_process_programs(d, SANDBOX, own_pid=4242)
    assert "pid_programs" not in d.options
    vue = _prog("@@uft:$__CPID:*:foo:entry\n{ }\n", "vue")
    resolve_process_programs(vue, SANDBOX)
    assert "pid_programs" not in vue.options


def test_analysis_places_the_probe_on_that_program_for_that_pid():
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    me = os.getpid()
    prog = _prog(f"@@uft:{me}:*:main:entry\n{{ printf(\"in\\n\"); }}\n", "vue")
    resolve_process_programs(prog, HOST)
    an = analyze(prog, _translation_target())
    rp = an.points[0][0]
    assert rp.binary == os.path.realpath(f"/proc/{me}/exe")
    assert [f for f, _ in rp.ufuncs] == ["main"] and rp.point.pid == me


def test_host_searches_every_module_the_process_runs():
    # IBM's `*` module field: every module loaded in the process (D: a blank module);
    # malloc is libc's, not the interpreter's
    me = os.getpid()
    libc = next(m for m in process_modules(me) if "/libc.so" in m or "/libc-" in m)
    prog = _prog(f"@@uft:{me}:*:malloc:entry\n{{ }}\n", "vue")
    resolve_process_programs(prog, HOST)
    points = prog.probes[0].points
    assert [(p.binary, p.pid) for p in points] == [(libc, me)]
    assert process_modules(me)[0] == os.path.realpath(f"/proc/{me}/exe")


def test_pid_fields_as_numbers_get_a_hint_in_the_sandbox():
    # @@syscall:PID, @@interval:PID, @@sysproc:EVENT:PID filter on the guest's pids there
    from xtrace.driver.targets import process_number_hints
    prog = _prog("@@syscall:4242:read:entry\n{ }\n@@interval:4242:clock:10\n{ }\n"
                 "@@sysproc:sendsig:77\n{ }\n@@syscall:$__CPID:read:entry\n{ }\n", "vue")
    hints = process_number_hints(prog, SANDBOX)
    assert len(hints) == 2
    assert hints[0].startswith("hint: @@sysproc:sendsig:77: in the sandbox VM process 77 is a "
                               "process of the guest")
    assert "@@syscall:4242:read:entry" in hints[1] and "-X and write $__CPID" in hints[1]
    assert process_number_hints(prog, HOST) == []


def test_uft_of_a_library_by_process_number_gets_the_hint_in_the_sandbox():
    # the library's file is known, so the probe is placed: on the guest's process 42
    from xtrace.driver.targets import process_number_hints
    prog = _prog("@@uft:42:/lib/x86_64-linux-gnu/libc.so.6:malloc:entry\n{ }\n", "vue")
    resolve_process_programs(prog, SANDBOX)
    assert [p.pid for p in prog.probes[0].points] == [42]
    [hint] = process_number_hints(prog, SANDBOX)
    assert "process 42 is a process of the guest" in hint
