"""D's destructive actions in the sandbox: raise() and stop() signal the thread
the probe fired in (sent from an irq_work, never from the probe handler itself);
system() runs in the guest (the traced machine), its output in order with the records around it."""

from __future__ import annotations

import os


def test_raise_kills_the_target_before_it_returns_to_user_space(run_script):
    script = ('#pragma D option quiet\n#pragma D option destructive\n'
              'syscall::clock_nanosleep:entry, syscall::nanosleep:entry /pid == $target/ '
              '{ printf("raise\\n"); raise(9); }\n'
              'syscall::exit_group:entry /pid == $target/ { printf("exit_group\\n"); }\n')
    r = run_script(script, "d", cmd="sleep 3", timeout=60)
    assert r.stdout == "raise\n", r.stdout


def test_raise_a_catchable_signal_reaches_the_handler(run_script):
    # The command is a shell (a compound command): $target is that shell, which traps
    # USR1 and gets it while it waits for its child.
    script = ('#pragma D option quiet\n#pragma D option destructive\n'
              'int sent;\nsyscall::wait4:entry /pid == $target && !sent/ { sent = 1; raise(10); }\n')
    r = run_script(script, "d", cmd="trap 'echo got usr1' USR1; /bin/sleep 0.2; echo done", timeout=60)
    assert r.cmd_out.split() == ["got", "usr1", "done"], r.cmd_out + r.stderr


def test_stop_stops_the_process(run_script):
    # The command polls its background sleep's state until the kernel shows it stopped.
    script = ('#pragma D option quiet\n#pragma D option destructive\n'
              'syscall::clock_nanosleep:entry, syscall::nanosleep:entry '
              '/execname == "sleep" && ppid == $target/ { stop(); printf("stop\\n"); }\n')
    cmd = ("sleep 30 & p=$!; for i in $(seq 2000); do "
           "grep -q 'T (stopped)' /proc/$p/status && { echo stopped; break; }; done; kill -9 $p")
    r = run_script(script, "d", cmd=cmd, timeout=60)
    assert r.stdout == "stop\n", r.stdout
    assert "stopped" in r.cmd_out, r.cmd_out


def test_system_output_is_in_order_and_framed(run_script):
    script = ('#pragma D option destructive\n'
              'BEGIN { printf("a"); system("echo b %d", 7); printf("c"); exit(0); }\n')
    r = run_script(script, "d", timeout=60)
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["CPU", "ID", "FUNCTION:NAME"], r.stdout
    # The prefix and "a" are flushed before the command runs; the clause's newline ends it.
    assert lines[1].endswith(":BEGIN ab 7") and lines[2] == "c" and len(lines) == 3, r.stdout


def test_system_runs_on_the_traced_machine(run_script):
    # The pid is a guest pid: only a command run in the guest finds its /proc entry
    # (the host has no such process, or another one).
    script = ('#pragma D option quiet\n#pragma D option destructive\n'
              'syscall::clock_nanosleep:entry, syscall::nanosleep:entry /pid == $target/ '
              '{ system("cat /proc/%d/comm; uname -r", pid); }\n')
    # No exit(): the command must still be alive when system() runs (the driver runs
    # it when the record arrives, well within the 5 s).
    r = run_script(script, "d", cmd="exec sleep 5", timeout=60)
    lines = r.stdout.split()
    assert lines[0] == "sleep", r.stdout + r.stderr
    assert lines[1] != os.uname().release and lines[1].endswith("amd64"), r.stdout
