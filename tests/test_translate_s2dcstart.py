"""D ports that were silently short at the -c command's start (branch s2dcstart).

stap and probevue start their -c command after the begin probes and trace it from
its fork; dtrace -c holds it inside its execve before enabling the probes
(driver/execstop.py). A port's probe on the command's exec moves to the execve's
successful return, which prints the same (the conformance matrix ran
stap/misc_target_pid -> d in the VM); a probe on the execve's entry or the
command's start, which no D clause sees, is refused at the script's probe
(frontends/d/command_start.py)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.loc import XtraceError
from translating import port, case_port


def _refusal(text: str, lang: str = "stap") -> str:
    name = "t.stp" if lang == "stap" else "t.e"
    with pytest.raises(XtraceError) as ei:
        translate_text(text, name, lang, "d")
    return _said(ei.value)


def _said(ex: XtraceError) -> str:
    """The error as the command line says it."""
    return f"{ex.loc}: error: {ex.message}"


# -- the command's exec: the execve's successful return ----------------------------

def test_a_stap_exec_tracepoint_tested_against_target_is_the_execve_return():
    """stap/misc_target_pid: kernel.trace("sched_process_exec") fires before dtrace -c
    holds the command (proc:::exec-success printed nothing); execve's return after."""
    out = case_port("stap/misc_target_pid.stp", "d")
    assert "proc:::exec-success" not in out, out
    assert ("syscall::execve:return,\nsyscall::execveat:return\n"
            "/pid == $target && arg0 == 0/\n{\n    printf(\"%s\\n\", execname);\n    exit(0);\n}") in out, out
    assert "holds the command inside its execve" in out, out


def test_a_vue_execpass_of_the_command_is_the_execve_return():
    out = port('@@sysproc:execpass:$__CPID\n{\n\tprintf("%s\\n", __pname);\n\texit();\n}\n', "vue", "d")
    assert "/pid == $target && arg0 == 0/" in out and "syscall::execve:return" in out, out


def test_an_exec_not_tested_against_the_command_stays_exec_success():
    """Every process's exec is D's proc:::exec-success, as before."""
    out = port('probe kernel.trace("sched_process_exec") { println(execname()) }\n', "stap", "d")
    assert "proc:::exec-success" in out and "execve:return" not in out, out


def test_an_exec_tracepoint_whose_arguments_are_read_is_refused():
    """The execve's return has no tracepoint fields: refused, not moved."""
    msg = _refusal('probe kernel.trace("sched_process_exec") {\n'
                   '\tif (pid() == target()) println($bprm->filename != 0)\n}\n')
    assert msg.startswith("t.stp:1:7: error: kernel.trace(\"sched_process_exec\") tested against "
                          "target() never fires for the -c command in D"), msg
    assert "its exec is behind it" in msg, msg


# -- the execve's entry and the command's start: refused ---------------------------

def test_kprocess_exec_tested_against_target_is_refused_with_the_nearest():
    """stap/target_in_begin: the D port printed the begin line and not the exec line."""
    with pytest.raises(XtraceError) as ei:
        case_port("stap/target_in_begin.stp", "d")
    msg = _said(ei.value)
    assert msg.startswith("t.stp:4:7: error: kprocess.exec tested against target() never fires "
                          "for the -c command in D: dtrace -c holds the command inside its execve"), msg
    assert "its execve's entry is behind it" in msg and \
        "nearest: `syscall::execve:return /pid == $target/`" in msg, msg


@pytest.mark.parametrize("point", ["syscall.execve", "nd_syscall.execve", "kprocess.exec"])
def test_an_execve_entry_tested_in_the_predicate_or_an_if_is_refused(point):
    for body in ("if (pid() == target()) println(1)", "if (target() == tid()) { println(1) }"):
        msg = _refusal(f"probe {point} {{ {body} }}\n")
        assert msg.startswith(f"t.stp:1:7: error: {point} tested against target() never fires"), msg


def test_kprocess_start_tested_against_target_is_refused():
    msg = _refusal("probe kprocess.start { if (pid() == target()) println(1) }\n")
    assert "kprocess.start tested against target()" in msg and "its start as a new process" in msg, msg


def test_a_vue_execve_entry_of_the_command_is_refused_in_vue_words():
    msg = _refusal('@@syscall:$__CPID:execve:entry\n{\n\tprintf("x\\n");\n}\n', "vue")
    assert msg.startswith("t.e:1:1: error: @@syscall:$__CPID:execve:entry tested against $__CPID "
                          "never fires"), msg


def test_an_execve_entry_of_every_process_is_ported_as_before():
    """Not tested against the command: D sees every other process's execve entry."""
    out = port("probe syscall.execve { printf(\"%s\\n\", filename) }\n", "stap", "d")
    assert "syscall::execve:entry" in out, out
    out = port("probe syscall.execve { if (pid() != target()) println(1) }\n", "stap", "d")
    assert "syscall::execve:entry" in out, out


def test_force_leaves_one_gap_comment_for_kprocess_exec_and_prints_the_rest():
    """kprocess.exec is two D clauses (execve, execveat): one gap, one warning."""
    gaps = Gaps(force=True)
    src = ('probe begin { println("b") }\n'
           'probe kprocess.exec { if (pid() == target()) printf("exec %s\\n", filename) }\n')
    out = translate_text(src, "t.stp", "stap", "d", gaps=gaps)
    assert out.count("xtrace --force: not translated at t.stp:2:7: kprocess.exec tested against "
                     "target()") == 1, out
    assert "syscall::execve" not in out.replace("syscall::execve:return /", ""), out
    assert 'printf("b\\n");' in out, out
    assert len(gaps.found) == 1, gaps.found
