"""The thirty-second real-script sample's fixes (docs/translate-real-scripts.md).

1. signal.stp's signal.send sets si_code, its guess at the sender from the siginfo
   pointer alone, and names its tracepoint form "signal_generate": xtrace's alias
   set neither, so lishuai860113/stap_script's signal.stp was refused ("unknown
   variable 'si_code'"). Proven in the VM by conformance/stap/signal_send_si_code.
2. The D port of stap's pid2execname(pid()), the current process's name, is
   `stringof(curthread->group_leader->comm)`, and of pid2execname(task_pid) on
   scheduler.wakeup (the woken task's tgid, offcpu.stp) that task's group leader's
   comm: both were refused ("function 'pid2execname' has no D equivalent").
3. A stap `?` point the kernel has is written plainly in a Vue port, as settle_zdefs_points
   does for a D script's -Z points (Vue has no optional points): chown.stp's
   `syscall.fchownat ?` was refused ("Vue has no optional probe points").
4. A refusal of a stap built-in names the stap function the script calls (`stap's
   HZ()`, `stap's gettimeofday_*() (the wall clock)`), not the IR's D name ("built-in
   'hz'", "the 'walltimestamp' built-in", which hz.stp and mprotect's test.stp never say).
"""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.frontends import stap
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import assigned_value, translated, unwrapped

# lishuai860113/stap_script's signal.stp
SIGNAL = ('probe signal.send {\n'
          '    printf("%s:%s\\n", pid2execname(pid()) ,si_code);\n'
          '\n'
          '}\n')


def test_signal_send_sets_si_code_from_the_siginfo_pointer():
    prog = stap.parse(SIGNAL, "t.stp")
    code = assigned_value(prog, "si_code")
    texts = {x.value for x in ir.walk(code) if isinstance(x, ir.StrLit)}
    assert texts == {"SIGSTOP or SIGKILL", "SI_KERNEL (SIGFPE, SIGSEGV, SIGTRAP, SIGCHLD, SIGPOLL)",
                     "SI_USER or SI_TIMER or SI_ASYNCIO"}


def test_signal_send_is_named_for_its_tracepoint():
    prog = stap.parse('probe signal.send { println(name) }\n', "t.stp")
    assert assigned_value(prog, "name") == ir.StrLit("signal_generate")


def test_si_code_in_d_tests_the_siginfo_argument():
    d = unwrapped(translated(SIGNAL, "d"))
    assert "tracepoint:signal::signal_generate" in d
    assert "this->sinfo = args[1];" in d
    assert ('this->sinfo == 2 ? "SIGSTOP or SIGKILL" : this->sinfo > 0 ? '
            '"SI_KERNEL (SIGFPE, SIGSEGV, SIGTRAP, SIGCHLD, SIGPOLL)" : '
            '"SI_USER or SI_TIMER or SI_ASYNCIO"') in d


def test_si_code_stays_refused_in_vue():
    # Vue's sendsig names the signal only: no siginfo pointer to guess from
    with pytest.raises(XtraceError, match="info"):
        translated(SIGNAL, "vue")


def test_current_process_name_by_pid_is_the_group_leaders_comm_in_d():
    d = translated(SIGNAL, "d")
    assert 'printf("%s:%s\\n", stringof(curthread->group_leader->comm), this->si_code);' in d
    assert "pid2execname" not in d
    back = frontends.parse(d, "back.d", "d")
    assert back.probes


# lishuai860113/stap_script's offcpu.stp, its wakeup half
OFFCPU_WAKEUP = ('probe scheduler.wakeup {\n'
                 '    printf("%s[%d] wakes up %s[%d]\\n", execname(), pid(), pid2execname(task_pid), task_pid); \n'
                 '}\n')


def test_woken_process_name_by_its_tgid_is_its_group_leaders_comm_in_d():
    # scheduler.wakeup's task_pid is the woken task's tgid: the pid names its leader
    d = translated(OFFCPU_WAKEUP, "d")
    assert "this->task_pid = ((struct task_struct *)args[0])->tgid;" in d
    assert "stringof(((struct task_struct *)args[0])->group_leader->comm)," in d
    assert "pid2execname" not in d


def test_a_pid_not_known_as_a_tasks_tgid_stays_refused_in_d():
    with pytest.raises(XtraceError, match="pid2execname"):
        translated('probe begin { printf("%s\\n", pid2execname(ppid())) }\n', "d")
    with pytest.raises(XtraceError, match="pid2execname"):
        translated('probe scheduler.wakeup { p = task_pid; p = 1; printf("%s\\n", pid2execname(p)) }\n', "d")


# lishuai860113/stap_script's chown.stp, its fchownat half
CHOWN_AT = ('probe syscall.fchownat ?\n'
            '{\n'
            '        printf("%s, %s\\n", name, argstr)\n'
            '}\n'
            'probe syscall.fchownat.return ?\n'
            '{\n'
            '        printf("%s, %s\\n", name, retstr)\n'
            '}\n')


def test_optional_syscall_the_kernel_has_is_plain_in_vue():
    vue = translated(CHOWN_AT, "vue")
    assert "@@syscall:*:fchownat:entry" in vue and "@@syscall:*:fchownat:exit" in vue
    assert "?" not in vue.replace("? ", "")  # no optional point left (a ?: is not one)


def test_optional_point_the_kernel_lacks_leaves_the_vue_port():
    vue = translated('probe syscall.chown, syscall.chown16 ? { printf("%s\\n", name) }\n', "vue")
    assert "@@syscall:*:chown:entry" in vue and "chown16" not in vue


def test_optional_points_stay_optional_in_d():
    # D keeps the script's `?` as zdefs: the port still starts where the kernel lacks it
    d = translated(CHOWN_AT, "d")
    assert "#pragma D option zdefs" in d


@pytest.mark.parametrize("src, to, said", [
    ('probe begin { printf("%d\\n", HZ()); exit() }', "d", "stap's HZ() has no D equivalent"),
    ('probe begin { printf("%d\\n", HZ()); exit() }', "vue", "Vue has no equivalent of stap's HZ()"),
    ('probe syscall.mprotect { printf("%d\\n", gettimeofday_us()) }', "vue",
     "Vue has no equivalent of stap's gettimeofday_*() (the wall clock); nearest: timestamp()"),
])
def test_a_refused_builtin_is_named_as_the_stap_script_calls_it(src, to, said):
    with pytest.raises(XtraceError) as e:
        translated(src, to)
    assert e.value.message.startswith(said), e.value.message
    assert "'hz'" not in e.value.message and "walltimestamp" not in e.value.message


def test_a_d_scripts_builtin_keeps_its_own_name_in_a_refusal():
    with pytest.raises(XtraceError, match="Vue has no equivalent of the 'vtimestamp' built-in"):
        translated('#pragma D option quiet\nsyscall::read:entry { self->t = vtimestamp; }\n', "vue", "d")
