"""The D gaps the fortieth real-script sample left (branch d40left;
docs/translate-real-scripts.md, "Fortieth sample", *Left*).

1. sched:::change-pri has DTrace's typed arguments: args[0] the thread
   (lwpsinfo_t *), args[1] its process (psinfo_t *), args[2] the new priority
   (oracle/dtrace-utils' demo pritime.d: `args[1]->pr_pid == $1 &&
   args[0]->pr_lwpid == $2`, `args[2]`); it was "operator '->' needs a pointer to a
   struct or union, not int64".
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import d as dfront
from xtrace.ir.loc import XtraceError

PRITIME = ('#pragma D option quiet\n'
           'BEGIN { start = timestamp; }\n'
           'sched:::change-pri\n'
           '/args[1]->pr_pid == $1 && args[0]->pr_lwpid == $2/\n'
           '{ printf("%d %d\\n", timestamp - start, args[2]); }\n')

# the priority the tracepoint records as newprio: the task's own, or its top
# waiter's where that one is higher
NEW_PRIO = ("$pi_task != 0 ? $pi_task->prio < $tsk->normal_prio ? $pi_task->prio "
            ": $tsk->normal_prio : $tsk->normal_prio")


def _stap(src: str, name: str = "p.d", args: tuple[str, ...] = ()) -> str:
    return translate_text(src, name, "d", "stp", args=list(args)) if args else \
        translate_text(src, name, "d", "stp")


def test_change_pri_args_are_the_thread_its_process_and_the_new_priority():
    out = _stap(PRITIME)
    assert 'probe kernel.trace("sched:sched_pi_setprio")' in out
    assert "if ($tsk->tgid != $1 || $tsk->pid != $2) next" in out
    assert 'printf("%d %d\\n", ktime_get_ns() - start,\n' in out
    assert NEW_PRIO in out


def test_change_pri_pr_pri_is_the_old_priority_and_names_read_the_task():
    out = _stap('sched:::change-pri { printf("%s %d %d\\n", args[1]->pr_fname, '
                'args[0]->pr_pri, args[0]->pr_nice); }\n')
    assert "kernel_string($tsk->comm), $tsk->prio, $tsk->static_prio - 100)" in out


def test_change_pri_raw_args_are_the_thread_and_the_new_priority():
    out = _stap('sched:::change-pri { printf("%d %d\\n", arg0 == 0, arg1); }\n')
    assert "$tsk == 0" in out
    assert NEW_PRIO in out


def test_change_pri_has_no_args_3():
    with pytest.raises(XtraceError, match=r"sched:::change-pri has no args\[3\] "
                                          r"\(its arguments: args\[0\], args\[1\], args\[2\]\)"):
        dfront.parse('sched:::change-pri { trace(args[3]); }\n', "p.d")


def test_change_pri_stap_port_reads_back_as_the_provider_probe():
    out = translate_text(_stap(PRITIME.replace("$1", "$target").replace("$2", "$target")),
                         "p.stp", "stap", "d")
    assert "sched:::change-pri\n/args[1]->pr_pid == $target && args[0]->pr_lwpid == $target/\n" in out
    assert 'printf("%d %d\\n", timestamp - start, args[2]);' in out
