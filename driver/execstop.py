"""D's -c command created stopped at its exec, as dtrace -c creates it.

DTrace's libproc (Pcreate) forks the command traced (PTRACE_TRACEME), has it
exec the program with PTRACE_O_TRACEEXEC set, and so holds it stopped inside
its execve: the new image is loaded, the process has run none of it, and the
execve system call has not returned yet. dtrace then enables the probes and
lets it go. So a `/pid == $target/` script never sees the command's execve
entry nor anything the process did before it; it does see the execve return
(dtrace-utils with `-x evaltime=exec`, the point xtrace stops at: its default
evaltime, postinit, also runs the dynamic linker and libc's start-up before
enabling the probes).

The command here is a shell line (`exec PROG ARGS`, driver/targets.exec_line):
the child traces itself, execs /bin/sh (stop 1, a plain SIGTRAP: no options
set yet), is given PTRACE_O_TRACEEXEC and continued, and the shell's exec of
the program is the exec event it is held at. The caller starts the session,
then detaches (signal 0): the execve returns into the traced session.

Standard library only: the sandbox guest runs this file as a script with the
host's Python (`python3 -s -S execstop.py ...`, sandbox/guest_init.sh), the
host driver imports it (driver/session.fork_stopped).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from typing import Optional

_PTRACE_TRACEME = 0
_PTRACE_CONT = 7
_PTRACE_DETACH = 17
_PTRACE_SETOPTIONS = 0x4200
_PTRACE_O_TRACEEXEC = 0x10
_PTRACE_O_EXITKILL = 0x100000  # the tracer gone before detaching: the command too
_PTRACE_EVENT_EXEC = 4

# How long the command may take to reach its program's exec (the guest is slow
# under TCG, and the shell's $PATH search reads a 9p share).
EXEC_TIMEOUT = 20.0

_libc = ctypes.CDLL(None, use_errno=True)
_libc.ptrace.restype = ctypes.c_long
_libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]


class ExecStopError(Exception):
    """The command could not be brought to its exec (a timeout, a ptrace failure)."""


def _ptrace(request: int, pid: int, data: int = 0) -> None:
    if _libc.ptrace(request, pid, None, ctypes.c_void_p(data)) == -1:
        e = ctypes.get_errno()
        raise ExecStopError(f"ptrace({request}) on pid {pid}: {os.strerror(e)}")


def _trace_me() -> None:
    # in the child, between fork and exec: the parent (this thread) is the tracer
    if _libc.ptrace(_PTRACE_TRACEME, 0, None, None) == -1:
        os._exit(126)


def set_next_pid(want_pid: int) -> bool:
    """Ask the kernel for `want_pid` at the next fork (ns_last_pid; needs root)."""
    try:
        with open("/proc/sys/kernel/ns_last_pid", "w") as f:
            f.write(f"{want_pid - 1}\n")
        return True
    except OSError:
        return False


def _wait(pid: int, deadline: float, timeout: float) -> int:
    """The next wait status of traced child `pid`; ExecStopError past `deadline`
    (`timeout` seconds after the fork)."""
    while True:
        got, status = os.waitpid(pid, os.WNOHANG)
        if got == pid:
            return status
        if time.monotonic() > deadline:
            raise ExecStopError(f"the -c command did not reach its exec within {timeout:g} s")
        time.sleep(0.005)


def start_at_exec(line: str, want_pid: Optional[int] = None,
                  timeout: float = EXEC_TIMEOUT, **popen) -> subprocess.Popen:
    """Run shell line `line` (which execs its program: `exec PROG ...`) in a child
    forked as `want_pid` when given, and return once that child is stopped in its
    program's execve (call release() to let it go), or has ended before (its
    returncode set, reaped). The calling thread is the child's tracer: the same
    thread must call release(). ExecStopError (the child killed) when it does not
    get there within `timeout` seconds."""
    if want_pid:
        set_next_pid(want_pid)
    child = subprocess.Popen(["/bin/sh", "-c", line], preexec_fn=_trace_me, **popen)
    deadline = time.monotonic() + timeout
    execs = 0
    try:
        while True:
            status = _wait(child.pid, deadline, timeout)
            if not os.WIFSTOPPED(status):
                child.returncode = os.waitstatus_to_exitcode(status)
                return child
            sig = os.WSTOPSIG(status)
            if sig == signal.SIGTRAP and status >> 16 == _PTRACE_EVENT_EXEC:
                return child  # in the program's execve, image loaded, not returned
            if sig == signal.SIGTRAP and execs == 0:
                # the shell's own exec (traced from fork on, no options yet)
                execs = 1
                _ptrace(_PTRACE_SETOPTIONS, child.pid, _PTRACE_O_TRACEEXEC | _PTRACE_O_EXITKILL)
                _ptrace(_PTRACE_CONT, child.pid, 0)
                continue
            # any other signal the shell gets on its way: deliver it
            _ptrace(_PTRACE_CONT, child.pid, sig)
    except BaseException:
        kill(child)
        raise


def release(child: subprocess.Popen) -> None:
    """Let a child stopped by start_at_exec() go, untraced (its execve returns)."""
    if child.returncode is None:
        _ptrace(_PTRACE_DETACH, child.pid, 0)


def kill(child: subprocess.Popen) -> None:
    """Kill and reap a child of start_at_exec() (traced or not)."""
    if child.returncode is None:
        try:
            os.kill(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        child.wait()


def _exit_code(returncode: int) -> int:
    # as a shell reports a child: 128 + the signal that ended it
    return returncode if returncode >= 0 else 128 - returncode


_GUEST_PYTHON_ENV = ("PYTHONCOERCECLOCALE", "PYTHONSAFEPATH")


def main(argv: list[str]) -> int:
    """The guest's tracer: `execstop.py WANT_PID CTL ERROR_FILE LINE` (CTL may be ""). Forks LINE as
    WANT_PID stopped at its exec, writes "start" into the module's CTL (so this
    process is the session's tracer, D's $pid, and the command's parent), lets
    the command go and exits with its status. Failures go to ERROR_FILE."""
    want, ctl, error_file, line = argv
    # what the guest set for this Python only (no C locale coercion, which would
    # hand the command LC_CTYPE=C.UTF-8; no script dir on sys.path)
    for k in _GUEST_PYTHON_ENV:
        os.environ.pop(k, None)
    err = None
    try:
        child = start_at_exec(line, int(want))
    except ExecStopError as ex:
        err, child = str(ex), None
    if child is not None and child.returncode is not None:
        # as dtrace's "failed to execute": the session is never started
        # (the host driver reads this sentence back: session.CommandNotStarted)
        err = f"the -c command ended before its exec (status {_exit_code(child.returncode)})"
    if err is None and child is not None:
        if child.pid != int(want):
            sys.stderr.write(f"xtrace: the -c command runs as pid {child.pid}, not {want} ($target)\n")
        try:
            if ctl:  # a job without a module has no session to start
                with open(ctl, "w") as f:
                    f.write("start\n")
        except OSError as ex:
            err = f"start failed: {ex.strerror}"
    if err is not None:
        if child is not None:
            kill(child)
        with open(error_file, "a") as f:
            f.write(err + "\n")
        return 1
    release(child)
    return _exit_code(child.wait())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
