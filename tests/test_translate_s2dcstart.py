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
from translating import CONFORMANCE as CONFORMANCE_DIR, case_port, port


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


def test_an_exec_tracepoint_whose_arguments_are_read_stays_with_a_note():
    """The execve's return has no tracepoint fields: not moved; the port says that the
    command's first exec is not seen (d/kernel_tracepoint's stap port leaves env's
    out by its name, and comes back to D whole)."""
    out = port('probe kernel.trace("sched_process_exec") {\n'
               '\tif (pid() == target()) printf("%d\\n", $old_pid == pid())\n}\n', "stap", "d")
    assert "tracepoint:sched::sched_process_exec" in out and "execve:return" not in out, out
    assert "dtrace -c holds its command inside its first execve until the probes are\n" \
           " * enabled: this clause sees the command's later execs, not that one" in out, out


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


# -- fbt at the end of the kernel's text: no probe, as dtrace says at compile time ----

_DUMP = """\
ffffffff81000000 T _stext
ffffffff81000000 T _text
ffffffff81000100 T vfs_read
ffffffff81000200 t _e_helper
ffffffff81e01d32 T _etext
ffffffff81e01d32 T __indirect_thunk_end
ffffffff83044000 D __init_begin
ffffffff83079000 T _sinittext
ffffffff83079100 T start_kernel
ffffffff830e7c04 T _einittext
ffffffff83306000 R __init_end
ffffffffc0000000 t ext4_file_open\t[ext4]
"""


def _kernel(tmp_path):
    from pathlib import Path
    from xtrace.ir.target import KernelTarget
    dump = tmp_path / "kallsyms.txt"
    dump.write_text(_DUMP)
    return KernelTarget("test", Path("/nonexistent"), {}, functions={"vfs_read", "_e_helper", "_etext"},
                        kallsyms=dump)


def _analyzed(text: str, lang: str, tmp_path):
    from xtrace.frontends import parse
    from xtrace.ir.analysis import analyze
    return analyze(parse(text, "t.d" if lang == "d" else "t.stp", lang), _kernel(tmp_path))


def test_the_text_ends_of_a_kallsyms_dump_are_its_markers_past_etext():
    from xtrace.ir.target import kallsyms_text_ends
    assert kallsyms_text_ends(_DUMP.splitlines()) == {"_etext", "__indirect_thunk_end"}
    assert kallsyms_text_ends(["ffffffff81000100 T vfs_read"]) == set()  # no bounds: none


def test_fbt_at_etext_matches_no_probe_as_dtrace_says(tmp_path):
    """stap/kprobe_refused's D port failed at run time ("could not arm the probes")."""
    with pytest.raises(XtraceError) as ei:
        _analyzed("BEGIN { }\n\nfbt::_etext:entry\n{\n\ttrace(1);\n}\n", "d", tmp_path)
    assert _said(ei.value) == "t.d:3:1: error: probe description fbt::_etext:entry does not match any probes"


def test_an_fbt_glob_leaves_etext_out(tmp_path):
    a = _analyzed("fbt::_e*:entry { trace(1); }\n", "d", tmp_path)
    assert [f for pts in a.points for rp in pts for f in rp.functions] == ["_e_helper"]


def test_stap_still_tries_its_kprobe_at_etext(tmp_path):
    """stap's kprobe.function("_etext") is armed, refused by the kernel and warned
    about at run time (tests/test_kprobe_refused.py)."""
    a = _analyzed('probe kprobe.function("_etext") { println(1) }\n', "stap", tmp_path)
    assert [f for pts in a.points for rp in pts for f in rp.functions] == ["_etext"]


# -- D's comma operator in an if's condition ------------------------------------------

def test_a_d_if_condition_may_be_a_comma_expression():
    """dtrace-utils' grammar reads `if ( expression )`, the comma operator included;
    xtrace's said "syntax error near ','". The left operand runs before the test."""
    src = (CONFORMANCE_DIR / "d/if_comma_condition.d").read_text()
    stp = port(src, "d", "stap")
    assert ("    x = 3\n    x++\n    if (x > 3)\n        printf(\"x %d\\n\", x)\n    x = 0\n    if (x)\n"
            "        printf(\"never\\n\")\n    else {\n        x += 2\n        if (x == 2)\n") in stp, stp
    vue = port(src, "d", "vue")
    assert "    x++;\n    if (x > 3)\n" in vue, vue


def test_a_comma_condition_keeps_the_operator_rules():
    """An action as an operand is still refused as dtrace refuses it."""
    from xtrace import frontends
    with pytest.raises(XtraceError) as ei:
        frontends.parse('BEGIN\n{\n\tif (trace(1), 1)\n\t\texit(0);\n}\n', "t.d", "d")
    assert "operator , operands cannot be actions" in str(ei.value) and ei.value.loc.line == 3
