"""Kernel structure members in the sandbox: D `curthread->...` and struct pointer
casts, stap `$var->member`, `@cast` and `task_current()`, typed with the guest
kernel's BTF, offsets from its headers, every read safe (a bad pointer is the
language's run-time error and the guest goes on)."""

from __future__ import annotations

import re

import pytest

from xtrace.ir.loc import XtraceError


def test_d_curthread_members_match_the_builtins(run_script):
    script = ('#pragma D option quiet\n'
              'syscall::execve:return /execname == "true"/\n'
              '{\n'
              '\tprintf("%d %d %d %s %s\\n", curthread->pid == tid, curthread->tgid == pid,\n'
              '\t       curthread->real_parent->tgid == ppid, curthread->comm, stringof(curthread->comm));\n'
              '\tprintf("%d %d %d\\n", ((struct task_struct *)curthread)->pid == tid, curthread->se.on_rq >= 0,\n'
              '\t       curthread->comm == execname);\n'
              '\ttrace(curthread->pid == pid);\n'
              '\texit(0);\n'
              '}\n')
    r = run_script(script, "d", cmd="/bin/true")
    assert r.stdout == "1 1 1 true true\n1 1 1\n1", (r.stdout, r.stderr)
    assert r.exit_status == 0


def test_d_member_keeps_its_c_type(run_script):
    # comm is char[16]: a string; pid is pid_t: trace() prints an int (` %10d`).
    script = ('syscall::execve:return /execname == "true"/\n'
              '{ trace(curthread->pid); trace(curthread->comm); exit(0); }\n')
    r = run_script(script, "d", cmd="/bin/true")
    rest = r.stdout.splitlines()[-1].split("execve:return ", 1)[1]
    assert rest[:11].startswith(" ") and rest[:11].strip().isdigit(), r.stdout
    assert rest[11:] == "  " + "true".ljust(33), r.stdout


def test_stap_sched_switch_prev_and_next(run_script):
    script = ('global n\n'
              'probe kernel.trace("sched_switch") {\n'
              # One CPU: on two, both could see n == 0 and print.
              '  if (!n && cpu() == 0) {\n'
              '    n = 1\n'
              '    printf("%d %d %d\\n", kernel_string($prev->comm) == execname(), $prev->pid == tid(),\n'
              '           $next->pid >= 0)\n'
              '    printf("%d %d\\n", @cast(task_current(), "task_struct")->tgid == pid(),\n'
              '           $prev->real_parent->tgid == ppid())\n'
              '    printf("%d\\n", $prev->se->on_rq >= 0)\n'
              '    exit()\n'
              '  }\n'
              '}\n')
    r = run_script(script, "stap")
    assert r.stdout == "1 1 1\n1 1\n1\n", (r.stdout, r.stderr)


def test_stap_next_comm_names_a_real_task(run_script):
    # The task switched to is one the guest runs: swapper, init, a kworker, ...
    script = ('probe kernel.trace("sched_switch") {\n'
              '  if ($next->pid == 0 && cpu() == 0) { printf("[%s]\\n", kernel_string($next->comm)); exit() }\n'
              '}\n')
    r = run_script(script, "stap", cmd="/bin/sleep 0.2")
    assert r.stdout.startswith("[swapper/"), r.stdout


def test_d_bad_pointer_is_an_error_and_the_session_goes_on(run_script):
    script = ('#pragma D option quiet\n'
              'BEGIN\n'
              '{\n'
              '\tprintf("%d\\n", ((struct file *)0)->f_flags);\n'
              '}\n'
              'BEGIN\n'
              '{\n'
              '\tprintf("still here %s\\n", execname);\n'
              '\texit(0);\n'
              '}\n')
    r = run_script(script, "d")
    assert "still here" in r.stdout, (r.stdout, r.stderr)
    assert "dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): invalid address (0x" in r.stderr, r.stderr
    assert "in action #1 at t.d:4:" in r.stderr, r.stderr


def test_stap_bad_pointer_ends_the_session_with_an_error(run_script):
    script = ('probe begin { printf("%d\\n", @cast(0, "task_struct")->pid) }\n'
              'probe end { println("end") }\n')
    r = run_script(script, "stap")
    assert "ERROR: read fault [man error::fault] at 0x" in r.stderr, r.stderr
    assert "near operator '->' at t.stp:1:" in r.stderr, r.stderr
    # stap skips end probes after an error (SystemTap Language Reference 4.7.2)
    assert r.stdout == ""
    # The guest is fine: the next script runs in the same VM.
    ok = run_script('probe begin { println(kernel_string(@cast(task_current(), "task_struct")->comm)) exit() }',
                    "stap")
    assert ok.stdout.strip() != "" and "ERROR" not in ok.stderr, (ok.stdout, ok.stderr)


def test_stap_fault_is_caught_by_try(run_script):
    script = ('probe begin {\n'
              '  try { println(@cast(0x10, "file")->f_flags) } catch (msg) { printf("caught: %s\\n", msg) }\n'
              '  try { println(@cast(0xdead000000000000, "task_struct")->real_parent->pid) }\n'
              '  catch { println("caught again") }\n'
              '  exit()\n'
              '}\n')
    r = run_script(script, "stap")
    assert re.match(r"caught: read fault \[man error::fault\] at 0x[0-9a-f]{16} \(addr\) "
                    r"near operator '->' at t\.stp:2:\d+\n", r.stdout), r.stdout
    assert r.stdout.endswith("caught again\n"), r.stdout
    assert "ERROR" not in r.stderr


@pytest.mark.parametrize("lang, script, message, line, col", [
    ("d", "BEGIN\n{\n\ttrace(curthread->nosuch);\n}\n",
     "nosuch is not a member of struct task_struct", 3, 17),
    ("d", "BEGIN { trace(curthread->real_parent->comm_x); }",
     "comm_x is not a member of struct task_struct", 1, 37),
    ("d", "BEGIN { trace(curthread->se); }", "'se' of struct task_struct is a struct sched_entity", 1, 24),
    ("d", "BEGIN { trace(pid->x); }", "operator '->' needs a pointer to a struct or union", 1, 18),
    ("d", "BEGIN { trace(((struct no_such_struct *)0)->x); }", "struct no_such_struct is not a type", 1, 43),
    ("stap", 'probe kernel.trace("sched_switch") { println($prev->nosuch) }',
     "unable to find member 'nosuch' for struct task_struct", 1, 51),
    ("stap", 'probe begin { println(@cast(0, "task_struct")->mm->bogus) }',
     "unable to find member 'bogus' for struct mm_struct", 1, 50),
    ("stap", 'probe begin { println(@cast(0, 42)->pid) }', "must be a literal struct or union name", 1, 32),
])
def test_member_errors_point_at_the_script(run_script, lang, script, message, line, col):
    with pytest.raises(XtraceError) as ei:
        run_script(script, lang)
    assert message in str(ei.value), str(ei.value)
    assert (ei.value.loc.line, ei.value.loc.col) == (line, col), ei.value.loc


def test_translated_member_reads_run_the_same(run_script, sandbox_target):
    from xtrace.driver.translate import translate_text
    d_script = ('#pragma D option quiet\n'
                'syscall::execve:return /execname == "true"/\n'
                '{ printf("%d %s %d\\n", curthread->pid == tid, curthread->comm, curthread->se.on_rq >= 0); '
                'exit(0); }\n')
    stp = translate_text(d_script, "t.d", "d", "stap", sandbox_target.kernel_target(False))
    assert "kernel_string(@cast(task_current(), \"task_struct\")->comm)" in stp, stp
    back = translate_text(stp, "t.stp", "stap", "d", sandbox_target.kernel_target(False))
    # curthread is already a struct task_struct *: D writes no cast (round trip rtdstap)
    assert "stringof(curthread->comm)" in back, back
    for text, lang in ((d_script, "d"), (stp, "stap"), (back, "d")):
        r = run_script(text, lang, cmd="/bin/true")
        assert r.stdout == "1 true 1\n", (lang, text, r.stdout, r.stderr)


def test_d_struct_file_cast_at_fbt(run_script):
    # fd_install(unsigned int fd, struct file *file): a chain of pointers and embedded
    # structs down to the file's name, and stringof() of a char pointer member.
    script = ('#pragma D option quiet\n'
              'fbt::fd_install:entry /execname == "cat"/\n'
              '{\n'
              '\tprintf("%s %s %d\\n", stringof(((struct file *)arg1)->f_path.dentry->d_name.name),\n'
              '\t       stringof(curthread->comm), ((struct file *)arg1)->f_path.dentry->d_name.len);\n'
              '}\n')
    r = run_script(script, "d", cmd="/bin/cat /etc/hostname")
    assert "hostname cat 8\n" in r.stdout, (r.stdout, r.stderr)


def test_d_bitfield_members(run_script):
    # bprm_execve() sets current->in_execve (a 1-bit field) around loading the binary;
    # its neighbour sched_reset_on_fork stays 0 for ordinary tasks.
    script = ('#pragma D option quiet\n'
              'fbt::begin_new_exec:entry\n'
              '{ printf("%d %d\\n", curthread->in_execve, curthread->sched_reset_on_fork); exit(0); }\n'
              'syscall::execve:return /execname == "true"/\n'
              '{ printf("%d\\n", curthread->in_execve); }\n')
    r = run_script(script, "d", cmd="/bin/true")
    assert r.stdout.startswith("1 0\n"), (r.stdout, r.stderr)
    assert r.stdout in ("1 0\n", "1 0\n0\n"), (r.stdout, r.stderr)
