"""Regressions from the thirteenth sample of real scripts (docs/translate-real-scripts.md,
"Thirteenth sample"): 4179e1/misc's DTrace scripts written for Oracle Linux's first
DTrace, a course's ex3.d, and SystemTap's testsuite systemtap.base, systemtap.samples
and systemtap.string scripts."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.d.probes import points_for
from xtrace.ir.loc import Loc, XtraceError


# ---------------------------------- a `$n` printed by %s after a string comparison

EX3 = """#!/usr/sbin/dtrace -qs
syscall:::entry /execname == $1/ { @syscalls[probefunc] = count(); }
END { printf("%s\\n", $1); }
"""


@pytest.mark.parametrize("to, arg", [("stap", "@1"), ("d", "$1")])
def test_a_macro_argument_printed_by_s_is_the_string_its_comparison_took(to, arg):
    # ex3.d, run as `ex3.d '"sh"'`: `execname == $1` takes $1 as the quoted text's
    # string; `printf("%s\n", $1)` is the same argument ("%s is given a int64" before)
    out = translate_text(EX3, "ex3.d", "d", to)
    assert f'execname() != {arg}' in out or f'execname == {arg}' in out
    assert "$$1" not in out and "printf(\"%d" not in out
    frontends.parse(out, "back." + ("stp" if to == "stap" else "d"), to, ('"sh"',) if to == "d" else ("sh",))


def test_a_macro_argument_printed_before_its_comparison_is_a_string_too():
    # the printing clause comes first: a later round of the analysis types it
    src = 'BEGIN { printf("%s\\n", $1); }\nsyscall::read:entry /execname == $1/ { exit(0); }\n'
    out = translate_text(src, "t.d", "d", "stap")
    assert "log(@1)" in out or 'printf("%s\\n", @1)' in out
    assert "execname() != @1" in out


def test_a_macro_argument_printed_by_d_stays_a_number():
    out = translate_text('BEGIN { printf("%d\\n", $1); exit(0); }\n', "t.d", "d", "stap")
    assert "$1" in out and "@1" not in out


# ---------------------------------------- a proc probe named by its kernel function

@pytest.mark.parametrize("desc, names", [
    ("proc::do_fork:create", ["proc:::create"]),
    ("proc:vmlinux:_do_fork:create", ["proc:::create"]),
    ("proc::do_execve_common:exec", ["proc:::exec"]),
    ("proc::do_execve_common:exec-success", ["proc:::exec-success"]),
    ("proc::do_exit:exit", ["proc:::exit"]),
    ("proc::do_exit:", ["proc:::exit", "proc:::lwp-exit"]),
    ("proc:genunix:cfork:create", ["proc:::create"]),
    ("proc::__send_signal:signal-send", ["proc:::signal-send"]),
])
def test_a_proc_probe_under_the_function_dtrace_listed_it(desc, names):
    # 4179e1/misc's activity.d, execcalls.d and countprogs.d, written for Oracle
    # Linux's first DTrace, whose `dtrace -l -n proc:::` listed each proc probe under
    # its kernel function (do_fork, do_execve_common, do_exit)
    points = points_for(desc, Loc("t.d", 1, 1))
    assert sorted({p.alias for p in points}) == names


@pytest.mark.parametrize("desc", ["proc::bogus:exit", "proc::do_fork:exit", "proc::do_exit:create"])
def test_a_proc_probe_under_another_function_matches_nothing(desc):
    with pytest.raises(XtraceError, match="does not match any probes"):
        points_for(desc, Loc("t.d", 1, 1))


ACTIVITY = """#pragma D option quiet
proc::do_fork:create { p_pid[args[0]->pr_pid] = pid; }
proc::do_execve_common:exec /p_pid[pid] != 0/ { p_exec[pid] = args[0]; }
proc::do_exit:exit /p_pid[pid] != 0 && p_exec[pid] != ""/ { printf("%d ran %s\\n", p_pid[pid], p_exec[pid]); }
"""


def test_activity_d_is_accepted_and_ported_to_stap():
    prog = frontends.parse(ACTIVITY, "activity.d", "d")
    assert [p.points[0].alias for p in prog.probes] == ["proc:::create", "proc:::exec", "proc:::exit"]
    out = translate_text(ACTIVITY, "activity.d", "d", "stap")
    assert 'kernel.trace("sched:sched_process_fork")' in out
    frontends.parse(out, "back.stp", "stap")


def test_a_quoted_argument_runs_the_stap_port_unquoted():
    # the matrix and realrun give a D script's stap port its arguments: D's quotes
    # make '"sync"' a string literal, the port's @1 is the text itself
    from xtrace.conformance.portargs import stap_port_args
    port = 'probe begin { printf("%s %d\\n", @1, $2) }'
    assert stap_port_args(('"sync"', "5"), port) == ("sync", "5")
    assert stap_port_args(('"sync"',), "probe begin { println($1) }") == ('"sync"',)


# ------------------------------------------------ DTrace's errno names in a Vue port

DISPLAYERRNO = """#pragma D option quiet
BEGIN { error[EPERM] = "EPERM"; error[ERANGE] = "ERANGE"; }
syscall:::return /errno > 0 && errno <= ERANGE/ { printf("%s %s()\\n", error[errno], probefunc); }
"""


def test_dtrace_errno_names_stay_names_in_a_vue_port():
    # 4179e1/misc's displayerrno.d: Vue knows the errno names too (IBM's "Symbolic
    # constants"), so its port reads error[EPERM] and __errno <= ERANGE (it wrote
    # error[1] and __errno <= 34)
    out = translate_text(DISPLAYERRNO, "displayerrno.d", "d", "vue")
    assert 'error[EPERM] = "EPERM"' in out and "__errno <= ERANGE" in out
    back = frontends.parse(out, "back.e", "vue")
    assert back is not None


def test_dtrace_errno_names_are_their_values_in_a_stap_port():
    # stap has no such names: the values, as before (no @define per errno)
    out = translate_text(DISPLAYERRNO, "displayerrno.d", "d", "stap")
    assert 'error[1] = "EPERM"' in out and "@define" not in out and "@EPERM" not in out


def test_dtrace_errno_names_stay_names_in_a_d_round_trip():
    out = translate_text(DISPLAYERRNO, "displayerrno.d", "d", "d")
    assert "error[EPERM]" in out and "errno <= ERANGE" in out and "inline" not in out


def test_a_named_constant_in_arithmetic_keeps_its_name_in_vue():
    out = translate_text('#pragma D option quiet\nBEGIN { x = EPERM + 1; printf("%d\\n", x); exit(0); }\n',
                         "t.d", "d", "vue")
    assert "EPERM + 1" in out


# ---------------------------------- a comment after the last line of a long statement

READTRACE = """syscall::read:entry { self->t = timestamp; }
syscall::read:return
/self->t != 0/
{
	printf ("%s (pid=%d) spent %d microseconds in read()\\n", execname, pid,
((timestamp - self->t)/1000)); /* divided by 1000 for microseconds */

	self->t = 0; /* reset the variable */
}
"""


@pytest.mark.parametrize("to", ["stap", "vue"])
def test_a_comment_after_a_statements_last_line_goes_with_that_statement(to):
    # 4179e1/misc's readtrace.d: the comment closing the printf's second line was
    # written below the printf, just above the next statement's own comment
    out = translate_text(READTRACE, "readtrace.d", "d", to)
    if to == "stap":  # at the end of the statement's line, where it sat (print_trailing.py)
        lines = out.splitlines()
        assert [line for line in lines if "spent %d microseconds" in line][0].endswith(
            "  # divided by 1000 for microseconds")
        assert "    delete t[tid()]  # reset the variable" in lines
        return
    divided, printf = out.index("divided by 1000"), out.index("spent %d microseconds")
    reset, store = out.index("reset the variable"), out.index("t = 0;")
    assert divided < printf < reset < store


def test_a_comment_on_a_line_of_its_own_stays_before_what_follows():
    src = ('BEGIN\n{\n\tprintf("%d\\n",\n\t    1);\n\t/* about the exit */\n\texit(0);\n}\n')
    out = translate_text(src, "t.d", "d", "stap")
    assert out.index('printf("%d\\n", 1)') < out.index("about the exit") < out.index("exit()")
