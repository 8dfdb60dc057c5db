"""How a -c command is run: exec'd in the process forked for it, as D's $target
pid when the script reads one (driver/targets.py)."""

from __future__ import annotations

import os
import subprocess

from xtrace.driver.execstop import in_program_text
from xtrace.driver.targets import exec_line


def _run(cmd: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(["/bin/sh", "-c", exec_line(cmd)], capture_output=True, text=True, **kw)


def test_simple_command_is_execed():
    assert exec_line("echo hi there") == "exec echo hi there"
    assert _run("echo hi there").stdout == "hi there\n"


def test_the_command_keeps_its_input_and_exit_status():
    r = _run("sh -c 'read x; echo got $x; exit 3'", input="line1\n")
    assert r.stdout == "got line1\n" and r.returncode == 3, r


def test_d_target_sees_no_system_calls_of_xtraces_own(run_script):
    """`/pid == $target/` counts the command's system calls only: the process forked
    as $target execs the command at once (it used to check its own pid first)."""
    script = ("#pragma D option quiet\nsyscall::read:entry /pid == $target/ { n++; }\n"
              "END { printf(\"%d\\n\", n); }\n")
    run = run_script(script, "d", cmd="/bin/true")
    assert run.exit_status == 0, run.stderr
    assert 0 <= int(run.stdout.strip()) < 10, run.stdout  # ld.so reads libc's header
    assert "runs as pid" not in run.stderr


def test_d_command_is_the_tracers_child(run_script):
    """Under dtrace -c the command is dtrace's child: `ppid == $pid` holds in it and
    `pid == $target` is the command (ProbeVue's __trcid said so in its D port, which
    failed while the command was forked by a shell of the sandbox's)."""
    script = ("#pragma D option quiet\nBEGIN { printf(\"begin %d\\n\", $pid > 0); }\n"
              "syscall::sync:entry /pid == $target/ { printf(\"%d %d\\n\", pid != $pid, ppid == $pid); "
              "exit(0); }\n")
    run = run_script(script, "d", cmd="sync")
    assert run.exit_status == 0, run.stderr
    assert run.stdout == "begin 1\n1 1\n", (run.stdout, run.stderr)
    assert "runs as pid" not in run.stderr


def test_exec_prefix_is_not_doubled():
    assert "exec exec" not in exec_line("exec echo x")
    assert _run("exec echo x").stdout == "x\n"


def test_shell_construct_keeps_its_shell():
    assert exec_line("echo a; echo b") == "exec /bin/sh -c 'echo a; echo b'"
    assert _run("echo a; echo b").stdout == "a\nb\n"


def test_simple_commands_are_told_from_shell_lines():
    from xtrace.driver.shellcmd import is_simple_command
    # one program: quotes, expansions, globs and redirections are the program's words
    for cmd in ("ls", "sh -c 'sleep 1; ls'", "ls $HOME", "ls *.c", "cat < /etc/hostname",
                "sh -c 'i=$((i+1)); echo `date` # x'"):
        assert is_simple_command(cmd), cmd
    # lists, pipes, jobs, subshells, assignments, builtins, substitutions, bad quoting
    for cmd in ("ls; ls", "ls | wc", "ls &", "(ls)", "a && b", "A=1 ls", "cd /", "exec ls",
                "echo $(date)", "echo `date`", "ls\nls", 'ls "unclosed', "ls # note"):
        assert not is_simple_command(cmd), cmd


def test_quoted_single_command_is_execed_as_the_target():
    # `sh -c '...'` is one program: it runs as the $target pid itself
    assert exec_line("sh -c 'echo a; echo b'") == "exec sh -c 'echo a; echo b'"
    assert _run("sh -c 'echo a; echo b'").stdout == "a\nb\n"


def test_quoted_command_is_the_sessions_target_pid(run_script):
    """stap's target() for `-c "sh -c '...'"` is the pid of that sh (the program the
    user named), not of a shell around it: the sh prints its own $$."""
    script = 'probe end { printf("%d\\n", target()) }\n'
    run = run_script(script, "stap", cmd="sh -c 'echo $$; /bin/true'")
    assert run.stdout.strip() and run.stdout.strip() == run.cmd_out.strip(), (run.stdout, run.cmd_out)


def test_a_shell_line_reading_target_runs_in_a_shell_execed_after_the_start():
    from xtrace.driver.session import command_with_target, target_param

    class Built:
        name = "xt_t"
        manifest = {"target_pid": True}
    line = command_with_target("ls /; date", Built())  # type: ignore[arg-type]
    assert line == "kill -STOP $$; exec /bin/sh -c 'ls /; date'"
    assert command_with_target("exec cat x > /dev/null", Built()) == "kill -STOP $$; exec cat x > /dev/null"  # type: ignore[arg-type]
    assert target_param(Built(), "ls") == "/sys/module/xt_t/parameters/xt_target_pid"  # type: ignore[arg-type]
    assert target_param(Built(), None) is None  # type: ignore[arg-type]


def test_the_session_writes_the_stopped_commands_pid_and_continues_it(tmp_path):
    """The host side of the handshake: the command's shell stops itself, its pid is
    written where the module reads it, and it goes on (no subshell of its own)."""
    from xtrace.driver.session import STOP_SELF, release_target
    param = tmp_path / "xt_target_pid"
    child = subprocess.Popen(["/bin/sh", "-c", STOP_SELF + "echo $$"], stdout=subprocess.PIPE, text=True)
    release_target(child, str(param))
    out, _ = child.communicate(timeout=10)
    assert child.returncode == 0
    assert param.read_text() == f"{child.pid}\n" and out == f"{child.pid}\n"
    # a command that ends before it stops starts nothing, and keeps its status
    gone = subprocess.Popen(["/bin/sh", "-c", "exit 7"])
    release_target(gone, str(tmp_path / "unused"))
    assert gone.wait(timeout=10) == 7 and not (tmp_path / "unused").exists()


def test_a_command_watching_targets_children_sees_only_the_commands(run_script):
    """stap's target() once came from a `(echo $$ > param)` subshell of the command's
    shell: a script counting the exits of target()'s children saw that subshell
    exit first (conformance d/proc_translators translated to stap)."""
    script = ('probe kernel.function("do_exit") { if (task_parent(task_current())->tgid == target()) '
              'printf("exit %s\\n", execname()) }\n')
    run = run_script(script, "stap", cmd="/bin/true; /bin/true; echo done")
    assert run.stdout == "exit true\nexit true\n", (run.stdout, run.stderr)


def test_a_shell_lines_own_exec_is_the_targets_first_event(run_script):
    """As `stap -c` starts the command once the probes are armed, the shell running a
    shell line is exec'd after the start: target()'s execve returns under tracing
    (found by running the real ProbeVue script mm.e beside its D translation)."""
    script = 'probe syscall.execve.return { if (pid() == target()) printf("%s\\n", execname()) }\n'
    run = run_script(script, "stap", cmd="/bin/true; /bin/true")
    assert run.stdout == "sh\n", (run.stdout, run.stderr)


def test_dtrace_c_command_is_execed_as_dtrace_splits_it():
    """`xtrace dtrace -c CMD` (dtrace_cli.command_for) splits CMD on blanks, no shell,
    and the process forked as $target execs it at once: nothing of xtrace's runs in
    $target before the command (a pid check there read /proc/self/stat, ~300 reads)."""
    from xtrace.driver.dtrace_cli import command_for
    assert command_for(["cat", "/etc/hostname"]) == "exec cat /etc/hostname"
    r = subprocess.run(["/bin/sh", "-c", command_for(["echo", "a;", "b"])], capture_output=True, text=True)
    assert r.stdout == "a; b\n", r


_EXECVE_NR = {"x86_64": 59, "aarch64": 221}


def test_a_d_command_is_held_in_its_execve_before_the_session_starts(tmp_path):
    """dtrace -c creates the command stopped at its exec (libproc's Pcreate: traced,
    held at the exec event, inside execve), then enables the probes: on a host the
    driver forks the command's shell as $target, traced, and returns once the
    shell's exec of the program has loaded it, before it has run any of it or
    returned from execve; released, it runs on untraced as that pid."""
    import io
    import os
    from xtrace.driver import execstop
    from xtrace.driver.session import fork_stopped
    from xtrace.driver.targets import pick_target_pid
    err = io.StringIO()
    want = pick_target_pid()
    mark = tmp_path / "ran"
    child = fork_stopped(f"exec /bin/sh -c 'echo $$ > {mark}'", want, err)
    try:
        with open(f"/proc/{child.pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        assert state == "t" and child.returncode is None and not mark.exists()
        # the program's image (not the outer shell's), the process still in execve
        assert os.readlink(f"/proc/{child.pid}/exe") == os.path.realpath("/bin/sh")
        with open(f"/proc/{child.pid}/cmdline") as f:
            assert f.read().split("\0")[1] == "-c"  # the inner sh's argv, not the outer's
        nr = _EXECVE_NR.get(os.uname().machine)
        if nr is not None:
            with open(f"/proc/{child.pid}/syscall") as f:
                assert f.read().split()[0] == str(nr)
        assert child.pid == want or "runs as pid" in err.getvalue()
        execstop.release(child)
        assert child.wait(timeout=10) == 0
    finally:
        if child.poll() is None:
            child.kill()
    assert mark.read_text() == f"{child.pid}\n"  # the command kept the forked pid
    # a line that ends before any exec: reaped, its exit status its own
    other = fork_stopped("exit 7", pick_target_pid(), io.StringIO())
    assert other.returncode == 7


def test_a_command_that_never_gets_to_its_exec_times_out(tmp_path):
    """Never a hang: a command blocked before its exec (here opening a FIFO no one
    writes) is killed after the timeout, with an error that says so."""
    import os
    import time
    import pytest
    from xtrace.driver import execstop
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    with pytest.raises(execstop.ExecStopError, match="did not reach its exec within 0.5 s"):
        execstop.start_at_exec(f"exec /bin/true < {fifo}", timeout=0.5)
    assert time.monotonic() - t0 < 5


def test_the_guests_tracer_starts_the_session_before_the_command_runs(tmp_path):
    """The sandbox runs driver/execstop.py as a script (the host's Python, no xtrace
    import): it writes "start" into the module's ctl while the command is held at
    its exec, then lets it go and exits with its status; a command that ends before
    its exec starts nothing and is an error, as dtrace's "failed to execute"."""
    import sys
    from pathlib import Path
    from xtrace.driver import execstop
    from xtrace.driver.targets import pick_target_pid
    script = str(Path(execstop.__file__).resolve())
    ctl, error = tmp_path / "ctl", tmp_path / "error"
    r = subprocess.run([sys.executable, "-I", "-S", script, str(pick_target_pid()), str(ctl), str(error),
                        f"exec /bin/cat {ctl}"], capture_output=True, text=True, timeout=30)
    assert (r.returncode, r.stdout, error.exists()) == (0, "start\n", False), r
    r = subprocess.run([sys.executable, "-I", "-S", script, str(pick_target_pid()), "", str(error),
                        "exit 3"], capture_output=True, text=True, timeout=30)
    assert r.returncode == 1 and error.read_text() == "the -c command ended before its exec (status 3)\n", r
    # run as the guest runs it (C locale, no LANG): the command's environment is the
    # tracer's own, without Python's locale coercion (LC_CTYPE=C.UTF-8 made cat
    # read locale files: 2 reads more in d/tls_read_before_set) or the guest's flags
    env = {"PATH": "/usr/bin:/bin", "PYTHONCOERCECLOCALE": "0", "PYTHONSAFEPATH": "1", "KEEP": "x"}
    r = subprocess.run([sys.executable, "-s", "-S", script, str(pick_target_pid()), "", str(error),
                        "exec /usr/bin/env"], capture_output=True, text=True, timeout=30, env=env)
    env_out = sorted(v for v in r.stdout.split() if not v.startswith("PWD="))  # the shell's own
    assert r.returncode == 0 and env_out == ["KEEP=x", "PATH=/usr/bin:/bin"], r


def _held_pc(pid: int) -> int:
    # /proc/PID/syscall of a task stopped outside a system call: "-1 SP PC"
    with open(f"/proc/{pid}/syscall") as f:
        fields = f.read().split()
    assert fields[0] == "-1", fields
    return int(fields[-1], 16)


def _libc_mapped(pid: int) -> bool:
    with open(f"/proc/{pid}/maps") as f:
        return any("libc.so" in row or "libc-" in row for row in f)


def test_d_commands_evaltime_postinit_holds_it_at_main_with_its_libraries_loaded(tmp_path):
    """dtrace-utils' default evaltime (postinit) enables the probes with the command
    held at main(): its execve has returned and the dynamic linker has loaded the
    libraries and handed control to the program; preinit holds it at its entry
    point (AT_ENTRY), exec inside its execve. Released, each runs on as usual."""
    import io
    import os
    import pytest
    from xtrace.driver import execstop
    from xtrace.driver.session import fork_stopped
    from xtrace.driver.targets import pick_target_pid
    if os.uname().machine != "x86_64":
        pytest.skip("breakpoints placed for x86_64 only")
    mark = tmp_path / "out"
    for evaltime in ("preinit", "postinit", "main"):
        child = fork_stopped(f"exec /bin/ls -d {tmp_path} > {mark}", pick_target_pid(), io.StringIO(),
                             evaltime)
        try:
            assert child.returncode is None and child.reached_exec
            pc = _held_pc(child.pid)
            entry = execstop._entry_point(child.pid)
            assert _libc_mapped(child.pid) and in_program_text(child.pid, pc)
            assert (pc == entry) == (evaltime == "preinit"), (evaltime, hex(pc), hex(entry))
            assert mark.read_text() == ""  # nothing of main's run yet
            # the breakpoint's byte is back: the code there is the file's
            word = execstop._peek(child.pid, pc)
            assert word & 0xFF != 0xCC
            execstop.release(child)
            assert child.wait(timeout=10) == 0
        finally:
            if child.poll() is None:
                child.kill()
        assert mark.read_text() == f"{tmp_path}\n"


def test_a_command_that_ends_after_its_exec_before_main_has_run(tmp_path):
    """A program the dynamic linker cannot start (its libc an empty file) exec'd:
    it ends before main with ld.so's status 127. dtrace has created it then (the
    session runs and sees it gone), so it is no "failed to execute": the guest's
    tracer starts the session, stops it when the command has ended (END runs in the
    tracer, as dtrace's) and exits with the command's status."""
    import io
    import sys
    from pathlib import Path
    from xtrace.driver import execstop
    from xtrace.driver.session import fork_stopped
    from xtrace.driver.targets import pick_target_pid
    (tmp_path / "libc.so.6").write_bytes(b"")
    line = f"LD_LIBRARY_PATH={tmp_path} exec /bin/true"
    child = fork_stopped(line, pick_target_pid(), io.StringIO(), "postinit")
    assert (child.returncode, child.reached_exec) == (127, True)
    script = str(Path(execstop.__file__).resolve())
    ctl, error = tmp_path / "ctl", tmp_path / "error"
    r = subprocess.run([sys.executable, "-I", "-S", script, str(pick_target_pid()), str(ctl), str(error),
                        line, "postinit"], capture_output=True, text=True, timeout=30)
    assert (r.returncode, ctl.read_text(), error.exists()) == (127, "start\nstop\n", False), r


def test_a_signal_the_command_gets_on_its_way_to_main_is_delivered(tmp_path):
    """A signal sent to the command while it runs on from its exec to main is
    handed to it, not swallowed by the tracer: SIGUSR1's default action ends it
    there; an ignored one (SIGWINCH) does not keep it from main."""
    import os
    import signal
    import time
    import pytest
    from xtrace.driver import execstop
    if os.uname().machine != "x86_64":
        pytest.skip("breakpoints placed for x86_64 only")
    for sig, ends in ((signal.SIGUSR1, True), (signal.SIGWINCH, False)):
        child = execstop.start_at_exec("exec /bin/true", evaltime="exec")
        try:
            os.kill(child.pid, sig)  # pending while it is held in its execve
            execstop._run_on_to(child, "postinit", time.monotonic() + 20, 20)
            if ends:
                assert child.returncode == -sig
            else:
                assert child.returncode is None and in_program_text(child.pid, _held_pc(child.pid))
                execstop.release(child)
                assert child.wait(timeout=10) == 0
        finally:
            execstop.kill(child)


def test_evaltime_is_a_d_option_with_dtraces_values(tmp_path):
    """`#pragma D option evaltime=...` / -x evaltime=: exec, preinit, postinit or
    main (dtrace's dt_opt_evaltime); another value is dtrace's error; the default,
    postinit, is what the pipeline hands the session."""
    import pytest
    from xtrace.driver.passes import Pipeline
    from xtrace.ir.loc import XtraceError
    for value in ("exec", "preinit", "postinit", "main"):
        pipe = Pipeline(f"#pragma D option evaltime={value}\nBEGIN {{ exit(0); }}\n", "t.d", "d")
        assert pipe.parse().options["evaltime"] == value and pipe.evaltime == value
    pipe = Pipeline("BEGIN { exit(0); }\n", "t.d", "d")
    pipe.parse()
    assert pipe.evaltime == "postinit"
    with pytest.raises(XtraceError, match="failed to set option 'evaltime' to 'soon': Invalid value"):
        Pipeline("#pragma D option evaltime=soon\nBEGIN { exit(0); }\n", "t.d", "d").parse()


def test_the_guests_tracer_writes_the_stop_it_is_asked_for(tmp_path):
    """After exit() or the user's stop under D's -c, the guest asks the tracer
    (SIGUSR1) to stop the session, so END fires in it ($pid, as dtrace's consumer
    answers with dtrace_stop()): it writes "stop" into ctl while its command still
    runs, and says when it may be asked (STARTED_FILE, after its "start")."""
    import signal
    import sys
    import time
    from pathlib import Path
    from xtrace.driver import execstop
    from xtrace.driver.targets import pick_target_pid
    script = str(Path(execstop.__file__).resolve())
    ctl, error = tmp_path / "ctl", tmp_path / "error"
    started = tmp_path / execstop.STARTED_FILE
    p = subprocess.Popen([sys.executable, "-I", "-S", script, str(pick_target_pid()), str(ctl),
                          str(error), "exec sleep 30"], text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists() and ctl.read_text() == "start\n"
        p.send_signal(signal.SIGUSR1)
        while ctl.read_text() == "start\n" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ctl.read_text() == "start\nstop\n" and p.poll() is None  # the command runs on
    finally:
        os.killpg(p.pid, signal.SIGKILL)  # the tracer and its command
        p.wait()
