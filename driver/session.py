"""Pass 5: load the module, stream its output, stop it, unload it.

Two places run a session: the sandbox VM (a QEMU guest; the default where
the host cannot load modules) and the host kernel itself. Both speak the
module's /proc/<module>/{ctl,out} protocol (runtime/xt_core.h) and feed the
out stream to the same StreamDecoder.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from contextlib import nullcontext
from typing import Callable, ContextManager, Optional, TextIO

from xtrace.backend_c.kbuild import BuiltModule
from xtrace.driver import execstop
from xtrace.driver.targets import exec_line, wrong_pid_notice
from xtrace.ir.loc import XtraceError
from xtrace.ir.tracername import TRACER_NAMES
from xtrace.runtime.stacks import module_text_symbols
from xtrace.runtime.stream import SessionResult, StreamDecoder


class _Interrupts:
    """First Ctrl-C / SIGTERM asks the session to stop (END still runs); a second one aborts."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.count = 0
        self.old: dict[int, object] = {}

    def __enter__(self) -> "_Interrupts":
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.old[sig] = signal.signal(sig, self.handler)
        return self

    def handler(self, signum, frame) -> None:
        self.count += 1
        self.stop.set()
        if self.count > 1:
            raise KeyboardInterrupt

    def __exit__(self, *exc) -> None:
        for sig, old in self.old.items():
            signal.signal(sig, old)


STOP_SELF = "kill -STOP $$; "


def command_with_target(cmd: Optional[str], built: BuiltModule) -> Optional[str]:
    """`cmd` as the session runs it. A module that reads the command's pid (Vue's
    $__CPID, stap's target()) learns it from the session: the command's shell
    stops itself, the session writes the shell's pid into the module's
    xt_target_pid parameter (which starts a module that waits for it,
    _module_params) and continues the shell, which then execs the command (a
    simple command keeps that pid, quoted arguments and all; a shell line runs in
    that shell). So the command's shell forks nothing of xtrace's: a script that
    watches target()'s children sees only the command's (release_target)."""
    if not cmd or not built.manifest.get("target_pid"):
        return cmd
    # A shell line runs in a shell exec'd after the stop, as stap's and probevue's
    # commands start once the probes are armed: its exec and the shell's start-up
    # are the command's first events (D's $target is held at its exec instead:
    # fork_stopped).
    return STOP_SELF + exec_line(cmd)


def target_param(built: BuiltModule, cmd: Optional[str]) -> Optional[str]:
    """The module parameter the session writes the command's pid into, or None."""
    if not cmd or not built.manifest.get("target_pid"):
        return None
    return f"/sys/module/{built.name}/parameters/xt_target_pid"


def release_target(child: subprocess.Popen, param: str) -> None:
    """Host side of the stop handshake: wait until the command's shell `child` has
    stopped itself, write its pid into `param` (the module starts, begin probes
    first) and continue it."""
    _, status = os.waitpid(child.pid, os.WUNTRACED)
    if not os.WIFSTOPPED(status):
        # it ended before stopping (reaped here): nothing to start the session for
        child.returncode = os.waitstatus_to_exitcode(status)
        return
    Path(param).write_text(f"{child.pid}\n")
    os.kill(child.pid, signal.SIGCONT)


class CommandNotStarted(XtraceError):
    """D's -c command ended before it reached its exec (a program not found, not
    executable): dtrace's "failed to execute", no session. `status` is the exit
    status of the shell that tried to exec it (127 not found, 126 not executable)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"{NOT_STARTED} (status {status})")
        self.status = status


# what the guest's tracer (driver/execstop.py) and the host driver say
NOT_STARTED = "the -c command ended before its exec"


def fork_stopped(cmd: str, cmd_pid: int, err: TextIO, evaltime: str = "exec") -> subprocess.Popen:
    """Fork shell line `cmd` (D's -c command, `exec PROG ...`) as pid `cmd_pid`
    (ns_last_pid) and return once it is held where D's `evaltime` says (in its
    program's execve, at its entry point, at main()), as dtrace -c's libproc
    creates it (driver/execstop.py): the caller starts the session and lets it go
    (execstop.release, from this same thread, the tracer), so a `/pid == $target/`
    script sees nothing the command did before that point. A child that ended
    before is reaped here (its returncode set; its reached_exec says whether it
    had exec'd its program). XtraceError when it does not get there in time."""
    try:
        child = execstop.start_at_exec(cmd, cmd_pid, evaltime=evaltime)
    except execstop.ExecStopError as ex:
        raise XtraceError(str(ex)) from None
    if child.pid != cmd_pid:
        err.write(wrong_pid_notice(child.pid, cmd_pid))
    return child


def evaltime_of(built: BuiltModule) -> str:
    """D's evaltime for the module's -c command (set by Pipeline.build)."""
    return built.manifest.get("evaltime") or execstop.DEFAULT_EVALTIME


# Path prefixes the runtime looks files up with when the session starts (kern_path
# in the process that writes "start": xt_uprobe.h, xt_proc.h, xt_usym.h), as
# opposed to xt_uroot, stripped from paths the reader (never chrooted) sees.
_START_LOOKUP_ROOTS = ("xt_root", "xt_proot", "xt_usroot")


def _module_params(built: BuiltModule, cmd: Optional[str],
                   cmd_pid: Optional[int] = None) -> Optional[dict[str, str]]:
    """The module's insmod parameters. A module that reads the command's pid starts
    when the command's shell writes it (runtime xt_start_on_target), so its begin
    probes see target() and run before the command, as stap's do; one run as D's
    $target (`cmd_pid`, chosen in advance) is given that pid at insmod. A command run
    as D's $target starts the session from inside the host root
    (sandbox/guest_init.sh), where the files the session looks up have their own paths."""
    params = dict(built.manifest.get("module_params") or {})
    # the session's process ends it after exit(), so END runs there (as in dtrace,
    # stapio, probevue), not in a kernel worker: runtime xt_consumer_ends
    params["xt_consumer_ends"] = "1"
    if cmd and cmd_pid and built.manifest.get("target_pid"):
        # the command's pid is known before it runs (D's $target): no handshake
        params["xt_target_pid"] = str(cmd_pid)
    elif cmd and built.manifest.get("target_pid") and "xt_target_pid" not in params:
        params["xt_start_on_target"] = "1"
    if cmd and cmd_pid:
        for k in _START_LOOKUP_ROOTS:  # the runtime's default prefix is none
            params.pop(k, None)
    return params or None


def _write_cmd_out(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _in_guest(vm, stop: threading.Event) -> Callable[[str], tuple[bytes, bytes]]:
    """D's system() for a sandbox session: the command runs in the guest, where the
    traced processes are (a pid in its text means a guest pid)."""
    def run(command: str) -> tuple[bytes, bytes]:
        done = vm.job_exec(command, stop)
        return done.stdout, done.stderr
    return run


def run_in_sandbox(built: BuiltModule, kinfo, cmd: Optional[str], timeout: Optional[float],
                   out: TextIO = sys.stdout, err: TextIO = sys.stderr, vm=None,
                   smp: int = 2, on_cmd_out: Optional[Callable[[bytes], None]] = None,
                   cmd_pid: Optional[int] = None) -> SessionResult:
    """Run a built module in the sandbox VM (booting one unless `vm` is given).

    The command's own output goes to `on_cmd_out` (default: our stdout). `cmd_pid`:
    the pid the command is to run as (D's $target), forked by the guest process that
    starts the session, so that the command's parent is the tracer, as under
    dtrace -c (sandbox/guest_init.sh)."""
    from xtrace.sandbox.vm import SandboxCrash, SandboxError, SandboxVM

    decoder = StreamDecoder(built.manifest, out, err)
    own_vm = vm is None
    with _Interrupts() as intr:
        try:
            if own_vm:
                vm = SandboxVM(kinfo, smp=smp).start()
            decoder.run_system = _in_guest(vm, intr.stop)
            decoder.on_abort = intr.stop.set  # D's consumer gave up: end the session
            exited = threading.Event()
            decoder.on_exit = exited.set  # exit(): the guest's tracer ends the session
            decoder.live_modules = lambda: vm.job_file_text("modules")
            decoder.live_symbols = lambda: module_text_symbols(str(built.ko), built.name,
                                                               vm.job_file_text("modtext"))
            # a command run as D's $target is started by the guest's tracer, which
            # knows its pid (no stop-and-release handshake: _module_params)
            run_cmd = cmd if cmd_pid else command_with_target(cmd, built)
            res = vm.run_job(str(built.ko), built.name, run_cmd, cwd=os.getcwd(), timeout=timeout,
                             on_out=decoder.feed, on_cmd_out=on_cmd_out or _write_cmd_out, stop_event=intr.stop,
                             end_event=exited,
                             module_params=_module_params(built, cmd, cmd_pid),
                             uprobe_files=built.manifest.get("uprobe_files"),
                             target_param=None if cmd_pid else target_param(built, cmd), cmd_pid=cmd_pid,
                             evaltime=evaltime_of(built) if cmd_pid else None,
                             tracer=TRACER_NAMES.get(built.manifest.get("lang")))
        except SandboxCrash as ex:
            raise XtraceError(f"the sandbox kernel died while the script ran:\n{ex.console}") from None
        except SandboxError as ex:
            raise XtraceError(f"sandbox: {ex}") from None
        finally:
            if own_vm and vm is not None:
                vm.stop()
    result = decoder.result
    m = re.match(re.escape(NOT_STARTED) + r" \(status (\d+)\)", res.error or "")
    if m:
        raise CommandNotStarted(int(m.group(1)))
    if res.error:
        raise XtraceError(f"running the module failed: {res.error.strip()}\n{res.dmesg.strip()}")
    if not result.ended:
        raise XtraceError("the module's output ended early (session trailer missing); "
                          f"kernel log:\n{res.dmesg.strip()}")
    result.cmd_status = res.cmd_status
    result.cmd_pid = res.cmd_pid
    return result


def _read_or_none(path: Path) -> Optional[str]:
    try:
        return path.read_text()
    except OSError:
        return None


def remove_stale_modules(err: TextIO) -> None:
    """Unload xtrace modules a killed driver left behind (their probes are already
    disarmed: the module disarms when its reader goes away)."""
    try:
        lines = Path("/proc/modules").read_text().splitlines()
    except OSError:
        return
    for line in lines:
        name = line.split(" ", 1)[0]
        if re.fullmatch(r"xt_[0-9a-f]{16}", name):
            r = subprocess.run(["rmmod", name], capture_output=True, text=True)
            err.write(f"xtrace: removed stale module {name}\n" if r.returncode == 0 else
                      f"xtrace: stale module {name} is still in use: {r.stderr.strip()}\n")


def run_built(built: BuiltModule, target, cmd: Optional[str], timeout: Optional[float],
              out: Optional[TextIO] = None, err: Optional[TextIO] = None,
              on_cmd_out: Optional[Callable[[bytes], None]] = None,
              timed: Callable[[], ContextManager] = nullcontext,
              cmd_pid: Optional[int] = None) -> SessionResult:
    """Pass 5 on `target` (a driver.targets.RunTarget): in the sandbox VM, after
    saying so on `err`, or in the running kernel. `timed()` wraps the run itself
    (the -v pass timing); out/err default to run_in_sandbox's / run_on_host's;
    `cmd_pid` is the pid `cmd` is to run as (D's $target)."""
    streams = {k: v for k, v in (("out", out), ("err", err)) if v is not None}
    if target.kind == "sandbox":
        (err or sys.stderr).write(f"xtrace: this kernel cannot load modules; running in the sandbox VM "
                                  f"(Debian kernel {target.release})\n")
        with timed():
            return run_in_sandbox(built, target.kinfo, cmd, timeout, on_cmd_out=on_cmd_out,
                                  cmd_pid=cmd_pid, **streams)
    with timed():
        return run_on_host(built, cmd, timeout, cmd_pid=cmd_pid, **streams)


def run_on_host(built: BuiltModule, cmd: Optional[str], timeout: Optional[float],
                out: TextIO = sys.stdout, err: TextIO = sys.stderr,
                cmd_pid: Optional[int] = None) -> SessionResult:
    """Run a built module in the running kernel (needs root and module support).
    `cmd_pid`: the pid the command is to run as (D's $target); this process, the
    one that armed the probes, forks it, as dtrace -c does."""
    decoder = StreamDecoder(built.manifest, out, err)
    decoder.live_modules = lambda: Path("/proc/modules").read_text()
    decoder.live_symbols = lambda: module_text_symbols(
        str(built.ko), built.name, _read_or_none(Path("/sys/module") / built.name / "sections" / ".text"))
    proc_dir = Path("/proc") / built.name
    remove_stale_modules(err)
    # the host's files are at their own paths here: no prefix
    params = [f"{k}={v.replace('@ROOT@', '')}" for k, v in (_module_params(built, cmd, cmd_pid) or {}).items()]
    ins = subprocess.run(["insmod", str(built.ko), *params], capture_output=True, text=True)
    if ins.returncode != 0:
        raise XtraceError(f"insmod failed: {ins.stderr.strip()}")
    child = None
    try:
        with _Interrupts() as intr, open(proc_dir / "out", "rb", buffering=0) as stream:
            reader_done = threading.Event()
            decoder.on_abort = intr.stop.set  # D's consumer gave up: end the session
            exited = threading.Event()
            decoder.on_exit = exited.set  # exit(): this thread ends the session (below)

            def pump() -> None:
                while True:
                    chunk = stream.read(1 << 16)
                    if not chunk:
                        break
                    decoder.feed(chunk)
                reader_done.set()

            if cmd and cmd_pid:
                # as dtrace -c: the command is created stopped at its exec before the
                # probes are enabled (forked before the reader thread starts: the
                # child runs Python code between fork and exec)
                child = fork_stopped(cmd, cmd_pid, err, evaltime_of(built))
                if child.returncode is not None and not child.reached_exec:
                    raise CommandNotStarted(child.returncode)  # no session
                # (one that ended after its exec has run: the session runs, as dtrace's)
            reader = threading.Thread(target=pump, daemon=True)
            reader.start()
            # (the thread that starts the session, whose name BEGIN sees as execname,
            # is named as the user's tool: ir/tracername.py)
            execstop.name_tracer(TRACER_NAMES.get(built.manifest.get("lang")))
            (proc_dir / "ctl").write_text("start\n")
            if child is not None:
                execstop.release(child)
            elif cmd:
                child = subprocess.Popen(["/bin/sh", "-c", command_with_target(cmd, built)])
                param = target_param(built, cmd)
                if param is not None:
                    release_target(child, param)
            deadline = time.monotonic() + timeout if timeout else None
            while not reader_done.wait(0.05):
                expired = deadline is not None and time.monotonic() > deadline
                child_done = child is not None and child.poll() is not None
                if intr.stop.is_set() or expired or child_done or exited.is_set():
                    # (from this thread, the session's: END runs in it, as in dtrace)
                    (proc_dir / "ctl").write_text("stop\n")
                    reader_done.wait()
            reader.join()
    finally:
        if child is not None and child.poll() is None:
            child.kill()
        subprocess.run(["rmmod", built.name], capture_output=True)
    return decoder.result
