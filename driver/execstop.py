"""D's -c command created stopped, as dtrace -c creates it.

DTrace's libproc (Pcreate) forks the command traced (PTRACE_TRACEME), has it
exec the program with PTRACE_O_TRACEEXEC set, and so holds it stopped inside
its execve: the new image is loaded, the process has run none of it, and the
execve system call has not returned yet. From there dtrace runs it on to the
point its `evaltime` option names (below; by default main()), enables the
probes and lets it go. So a `/pid == $target/` script never sees the
command's execve entry nor anything the process did before that point.

The command here is a shell line (`exec PROG ARGS`, driver/targets.exec_line):
the child traces itself, execs /bin/sh (stop 1, a plain SIGTRAP: no options
set yet), is given PTRACE_O_TRACEEXEC and continued, and the shell's exec of
the program is the exec event it is held at. The caller starts the session,
then detaches (signal 0): the execve returns into the traced session.

Where the command is held: D's `evaltime` option. dtrace-utils (the Linux
DTrace, libdtrace/dt_proc.c, dt_open.c) creates the command with
dt_prcmode = postinit by default; its process-control thread then plants
breakpoints and dtrace_proc_create() returns (and the probes are enabled) only
at the rendezvous of that mode:
  exec      the exec event above (no breakpoint);
  preinit   a breakpoint at AT_ENTRY (from the auxv): the dynamic linker has
            loaded and relocated the libraries, set up TLS and run the libraries'
            initialisers, and control is about to pass to the program's _start;
  postinit  at main(): from AT_ENTRY it breaks on __libc_start_main and there
  main      on main (its first argument), so libc's own start-up in
            __libc_start_main and the program's constructors have run too; a
            program without either (static, not glibc) is held at AT_ENTRY
            instead (dt_main_fail_rendezvous). Both modes stop at that one place.
(illumos stops at ld.so's rtld_db preinit/postinit events and defaults to
preinit; FreeBSD and dtrace-utils default to postinit.) xtrace follows
dtrace-utils, the DTrace of the kernels it targets, default postinit: so a
`/pid == $target/` script sees neither the execve's return (the system call
returns before the first user instruction, with the command still held) nor
any system call of ld.so's or libc's start-up (the libraries' openat, read,
mmap, mprotect, close; arch_prctl, set_tid_address, set_robust_list, rseq,
prlimit64, brk...), only what main() and what it calls do, then exit_group.
xtrace finds main as dtrace-utils does, without reading symbol tables: from the
AT_ENTRY breakpoint it single-steps _start to its first call (glibc's _start
calls __libc_start_main with main in %rdi) and breaks on %rdi when that lies in
the program's executable mapping; otherwise it holds the command at AT_ENTRY,
as dtrace-utils does. A command that exits or is killed after its exec but
before that point has exec'd (dtrace then runs the session and reports the
pid's exit): the caller starts the session anyway (`reached_exec`). Signals the
command gets on the way are delivered to it. x86_64 only (the registers); on
another machine every evaltime is exec.

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
_PTRACE_PEEKDATA = 2
_PTRACE_POKEDATA = 5
_PTRACE_CONT = 7
_PTRACE_SINGLESTEP = 9
_PTRACE_GETREGS = 12
_PTRACE_SETREGS = 13
_PTRACE_DETACH = 17
_PTRACE_SETOPTIONS = 0x4200
_PTRACE_O_TRACEEXEC = 0x10
_PTRACE_O_EXITKILL = 0x100000  # the tracer gone before detaching: the command too
_PTRACE_EVENT_EXEC = 4

# How long the command may take to reach its program's exec (the guest is slow
# under TCG, and the shell's $PATH search reads a 9p share).
EXEC_TIMEOUT = 20.0

# D's evaltime option: where the command is held while the session starts
EVALTIMES = ("exec", "preinit", "postinit", "main")
DEFAULT_EVALTIME = "postinit"
_AT_ENTRY = 9
# _start's instructions before its call of __libc_start_main (glibc: about 12)
_MAX_START_STEPS = 64

_libc = ctypes.CDLL(None, use_errno=True)
_libc.ptrace.restype = ctypes.c_long
_libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]


class _Regs(ctypes.Structure):
    """x86_64's struct user_regs_struct (PTRACE_GETREGS)."""
    _fields_ = [(n, ctypes.c_ulong) for n in (
        "r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx",
        "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base",
        "gs_base", "ds", "es", "fs", "gs")]


class ExecStopError(Exception):
    """The command could not be brought to its exec (a timeout, a ptrace failure)."""


def _ptrace(request: int, pid: int, data: int = 0) -> None:
    if _libc.ptrace(request, pid, None, ctypes.c_void_p(data)) == -1:
        e = ctypes.get_errno()
        raise ExecStopError(f"ptrace({request}) on pid {pid}: {os.strerror(e)}")


def _peek(pid: int, addr: int) -> int:
    ctypes.set_errno(0)
    word = _libc.ptrace(_PTRACE_PEEKDATA, pid, ctypes.c_void_p(addr), None)
    if word == -1 and ctypes.get_errno():
        raise ExecStopError(f"reading pid {pid}'s word at {addr:#x}: {os.strerror(ctypes.get_errno())}")
    return word & 0xFFFFFFFFFFFFFFFF


def _poke(pid: int, addr: int, word: int) -> None:
    if _libc.ptrace(_PTRACE_POKEDATA, pid, ctypes.c_void_p(addr), ctypes.c_void_p(word)) == -1:
        e = ctypes.get_errno()
        raise ExecStopError(f"writing pid {pid}'s word at {addr:#x}: {os.strerror(e)}")


def _regs(pid: int) -> _Regs:
    regs = _Regs()
    if _libc.ptrace(_PTRACE_GETREGS, pid, None, ctypes.byref(regs)) == -1:
        raise ExecStopError(f"reading pid {pid}'s registers: {os.strerror(ctypes.get_errno())}")
    return regs


def _set_regs(pid: int, regs: _Regs) -> None:
    if _libc.ptrace(_PTRACE_SETREGS, pid, None, ctypes.byref(regs)) == -1:
        raise ExecStopError(f"writing pid {pid}'s registers: {os.strerror(ctypes.get_errno())}")


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
                  timeout: float = EXEC_TIMEOUT, evaltime: str = "exec",
                  **popen) -> subprocess.Popen:
    """Run shell line `line` (which execs its program: `exec PROG ...`) in a child
    forked as `want_pid` when given, and return once that child is held where D's
    `evaltime` says (the module docstring: "exec", in its program's execve;
    "preinit", at its entry point; "postinit" and "main", at main()), or has ended
    before (its returncode set, reaped; its `reached_exec` says whether it had
    exec'd its program). Call release() to let it go. The calling thread is the
    child's tracer: the same thread must call release(). ExecStopError (the child
    killed) when it does not get there within `timeout` seconds."""
    if evaltime not in EVALTIMES:
        raise ExecStopError(f"evaltime={evaltime}: not one of {', '.join(EVALTIMES)}")
    if want_pid:
        set_next_pid(want_pid)
    child = subprocess.Popen(["/bin/sh", "-c", line], preexec_fn=_trace_me, **popen)
    child.reached_exec = False  # type: ignore[attr-defined]
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
                # in the program's execve, image loaded, not returned
                child.reached_exec = True  # type: ignore[attr-defined]
                if evaltime != "exec" and os.uname().machine == "x86_64":
                    _run_on_to(child, evaltime, deadline, timeout)
                return child
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


def _entry_point(pid: int) -> int:
    """AT_ENTRY of pid's auxv: the program's own entry point (_start), which the
    dynamic linker jumps to once it has loaded and initialised the libraries."""
    with open(f"/proc/{pid}/auxv", "rb") as f:
        data = f.read()
    for i in range(0, len(data) - 15, 16):
        key = int.from_bytes(data[i:i + 8], "little")
        if key == _AT_ENTRY:
            return int.from_bytes(data[i + 8:i + 16], "little")
        if key == 0:
            break
    raise ExecStopError(f"pid {pid} has no AT_ENTRY in its auxv")


def in_program_text(pid: int, addr: int) -> bool:
    """Whether `addr` lies in an executable mapping of pid's program file."""
    exe = os.readlink(f"/proc/{pid}/exe")
    with open(f"/proc/{pid}/maps") as f:
        for row in f:
            parts = row.split(maxsplit=5)
            lo, hi = (int(x, 16) for x in parts[0].split("-"))
            if lo <= addr < hi:
                return "x" in parts[1] and len(parts) == 6 and parts[5].strip() == exe
    return False


def _run_on_to(child: subprocess.Popen, evaltime: str, deadline: float, timeout: float) -> None:
    """From the exec stop, run `child` on to its entry point and, for postinit and
    main, to main(); it is left stopped there (its returncode set instead when it
    ended on the way)."""
    pid = child.pid
    if not _run_to(child, _entry_point(pid), deadline, timeout):
        return
    if evaltime == "preinit":
        return
    main = _find_main(child, deadline, timeout)
    if main is None or child.returncode is not None:
        return  # no main found: held where it is, about its entry, as dtrace-utils
    _run_to(child, main, deadline, timeout)


def _run_to(child: subprocess.Popen, addr: int, deadline: float, timeout: float) -> bool:
    """Plant an int3 at `addr`, continue the child until it traps there, put the
    word back and the pc on `addr`. False when the child ended on the way."""
    pid = child.pid
    word = _peek(pid, addr)
    _poke(pid, addr, (word & ~0xFF) | 0xCC)
    try:
        sig = 0
        while True:
            _ptrace(_PTRACE_CONT, pid, sig)
            status = _wait(pid, deadline, timeout)
            if not os.WIFSTOPPED(status):
                child.returncode = os.waitstatus_to_exitcode(status)
                return False
            sig = os.WSTOPSIG(status)
            if sig == signal.SIGTRAP and status >> 16 == 0:
                regs = _regs(pid)
                if regs.rip == addr + 1:
                    regs.rip = addr
                    _set_regs(pid, regs)
                    return True
            if sig == signal.SIGTRAP:
                sig = 0  # a trap of ours (an event), not the program's
            # any other signal the command gets on its way: delivered to it
    finally:
        if child.returncode is None:
            _poke(pid, addr, word)


def _find_main(child: subprocess.Popen, deadline: float, timeout: float) -> Optional[int]:
    """Single-step the stopped child from its entry point to its first call: glibc's
    _start calls __libc_start_main(main, ...), so %rdi there is main when it lies
    in the program's text. None when not found (another libc's _start, a long
    _start) or the child ended (returncode set)."""
    pid = child.pid
    regs = _regs(pid)
    for _ in range(_MAX_START_STEPS):
        rip, rsp = regs.rip, regs.rsp
        _ptrace(_PTRACE_SINGLESTEP, pid, 0)
        status = _wait(pid, deadline, timeout)
        if not os.WIFSTOPPED(status):
            child.returncode = os.waitstatus_to_exitcode(status)
            return None
        if os.WSTOPSIG(status) != signal.SIGTRAP:
            # a signal for it: delivered when it is let go (release)
            child.pending_signal = os.WSTOPSIG(status)  # type: ignore[attr-defined]
            return None
        regs = _regs(pid)
        # a call: 8 bytes pushed, and they are the address just after the instruction
        if regs.rsp == rsp - 8 and rip < _peek(pid, regs.rsp) <= rip + 16:
            return regs.rdi if in_program_text(pid, regs.rdi) else None
    return None


def release(child: subprocess.Popen) -> None:
    """Let a child stopped by start_at_exec() go, untraced (its execve returns, or it
    runs on from where its evaltime held it)."""
    if child.returncode is None:
        _ptrace(_PTRACE_DETACH, child.pid, getattr(child, "pending_signal", 0))


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


# Beside the job's error file once the session is started: the guest's job loop
# (sandbox/guest_init.sh) then asks for the stop with SIGUSR1.
STARTED_FILE = "tracer_started"

_GUEST_PYTHON_ENV = ("PYTHONCOERCECLOCALE", "PYTHONSAFEPATH")


def name_tracer(name: Optional[str]) -> None:
    """Give the calling thread (the one that starts the session) the user's tool's
    process name, `name` (ir/tracername.py TRACER_NAMES; None: leave it). Best
    effort: a kernel without /proc/thread-self keeps the old name."""
    if not name:
        return
    try:
        with open("/proc/thread-self/comm", "w") as f:
            f.write(name)
    except OSError:
        pass


def main(argv: list[str]) -> int:
    """The guest's tracer: `execstop.py WANT_PID CTL ERROR_FILE LINE [EVALTIME
    [TRACER]]` (CTL may be ""; EVALTIME defaults to exec; TRACER: the tool's process
    name, ir/tracername.py). Forks LINE as WANT_PID held where EVALTIME says
    (start_at_exec), writes "start" into the module's CTL (so this process is the
    session's tracer, D's $pid, and the command's parent), lets the command go,
    writes "stop" when it ends (END runs in the tracer) and exits with its status.
    Failures go to ERROR_FILE."""
    want, ctl, error_file, line = argv[:4]
    evaltime = argv[4] if len(argv) > 4 and argv[4] else "exec"
    # The guest asks this process to end the session (SIGUSR1) when it ended by
    # itself (exit()) or the user stopped it, so END fires here too, as dtrace's
    # consumer answers exit() with dtrace_stop(). Installed first: SIGUSR1's default
    # would kill the tracer and, by PTRACE_O_EXITKILL, its command (the guest sends
    # it only once started_file exists, below).
    if ctl:
        signal.signal(signal.SIGUSR1, lambda _sig, _frame: _write_stop(ctl))
    name_tracer(argv[5] if len(argv) > 5 else None)
    # what the guest set for this Python only (no C locale coercion, which would
    # hand the command LC_CTYPE=C.UTF-8; no script dir on sys.path)
    for k in _GUEST_PYTHON_ENV:
        os.environ.pop(k, None)
    err = None
    try:
        child = start_at_exec(line, int(want), evaltime=evaltime)
    except ExecStopError as ex:
        err, child = str(ex), None
    if child is not None and child.returncode is not None and not child.reached_exec:
        # as dtrace's "failed to execute": the session is never started
        # (the host driver reads this sentence back: session.CommandNotStarted)
        err = f"the -c command ended before its exec (status {_exit_code(child.returncode)})"
    if err is None and child is not None:
        if child.pid != int(want):
            sys.stderr.write(f"xtrace: the -c command runs as pid {child.pid}, not {want} ($target)\n")
        try:
            # (a command that ended after its exec, before its evaltime point, has
            # run: the session runs too, as dtrace's, and sees it gone)
            if ctl:  # a job without a module has no session to start
                with open(ctl, "w") as f:
                    f.write("start\n")
                # the guest may ask for the stop from now on (SIGUSR1, above)
                with open(os.path.join(os.path.dirname(error_file), STARTED_FILE), "w"):
                    pass
        except OSError as ex:
            err = f"start failed: {ex.strerror}"
    if err is not None:
        if child is not None:
            kill(child)
        with open(error_file, "a") as f:
            f.write(err + "\n")
        return 1
    release(child)
    status = child.wait()
    if ctl:
        # the command's end ends the session from this process, as dtrace's
        # dtrace_stop() does: END fires here (its execname the tool's, its pid
        # $pid). The guest's own stop after it finds the session over.
        _write_stop(ctl)
    return _exit_code(status)


def _write_stop(ctl: str) -> None:
    """Write "stop" into the module's control file CTL: the session's END probes
    run in the writing process. Once is enough: a second write finds the session
    ended and changes nothing."""
    try:
        with open(ctl, "a") as f:  # (a file in tests: after the start)
            f.write("stop\n")
    except OSError:
        pass  # the session has ended already (exit()), or its module is gone


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
